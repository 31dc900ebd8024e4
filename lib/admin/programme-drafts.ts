// Drafts of the programmes other than Safe Mobility: rule_drafts rows whose `programme` names them, holding
// { programme, version }. They share saving, four eyes bound to the content hash and discarding with the Safe
// Mobility drafts (drafts.ts, approval.ts); what differs is the base, the checks and what publishing writes.
import 'server-only'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { db } from '@/lib/db/prisma'
import { loadProgramme } from '@/lib/db/programme-store'
import { isUuid } from '@/lib/ids'
import { dayOf, todayIso } from '@/lib/rules/dates'
import type { Programme } from '@/lib/rules/programmes/programme'
import { programmeVersionOn } from '@/lib/rules/programmes/registration'

import { effectiveDateProblem, type PublishProblem } from './drafts'
import { candidateProgramme, draftParts, metaOf, unverifiedProgrammeChanges } from './programme-candidate'

const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue
const SAFE_MOBILITY = 'safe-mobility'

/** Starts a draft of a programme from its version in force today; null when there is no such programme. */
export async function createProgrammeDraft(programmeId: string, actor: Actor): Promise<string | null> {
  const current = await loadProgramme(programmeId)
  if (!current) return null
  const base = programmeVersionOn(current, todayIso())
  const document = { programme: metaOf(current), version: base }
  const draft = await db().ruleDraft.create({
    data: { programme: programmeId, baseVersionId: base.id, document: asJson(document), note: '', ...by(actor) },
  })
  await audit(actor, { action: 'draft_created', subject: draft.id, after: { programme: programmeId, base: base.id } })
  return draft.id
}

/** Starts a rollback of a programme to an earlier version's values; null when there is no such version. */
export async function createProgrammeRollbackDraft(programmeId: string, versionId: string, note: string, actor: Actor) {
  const current = await loadProgramme(programmeId)
  const old = current?.versions.find((v) => v.id === versionId)
  if (!current || !old) return null
  const base = programmeVersionOn(current, todayIso())
  const draft = await db().ruleDraft.create({
    data: {
      programme: programmeId,
      baseVersionId: base.id,
      document: asJson({ programme: metaOf(current), version: old }),
      note: note.trim().slice(0, 500),
      rollbackOf: versionId,
      ...by(actor),
    },
  })
  await audit(actor, {
    action: 'rollback_draft_created',
    subject: draft.id,
    after: { programme: programmeId, copyOf: versionId },
  })
  return draft.id
}

function by(actor: Actor) {
  return { authorId: actor.id, authorEmail: actor.email }
}

/** One programme draft with the programme as it is now (null for a new programme) and the version it started from. */
export async function getProgrammeDraft(id: string) {
  if (!isUuid(id)) return null
  const draft = await db().ruleDraft.findUnique({ where: { id } })
  if (!draft || draft.programme === SAFE_MOBILITY) return null
  const current = draft.newProgramme ? null : await loadProgramme(draft.programme)
  if (!draft.newProgramme && !current) return null
  const baseVersion = current?.versions.find((v) => v.id === draft.baseVersionId) ?? null
  return { ...draft, current, base: current ? { programme: metaOf(current), version: baseVersion } : null }
}
export type ProgrammeDraft = NonNullable<Awaited<ReturnType<typeof getProgrammeDraft>>>

/** Open or approved drafts of programmes other than Safe Mobility, newest first. */
export async function listProgrammeDrafts(programmeId?: string) {
  return db().ruleDraft.findMany({
    where: {
      status: { in: ['open', 'approved'] },
      programme: programmeId ?? { not: SAFE_MOBILITY },
    },
    orderBy: { updatedAt: 'desc' },
  })
}

/**
 * The programme a draft would publish as (version id and day given), its problems as codes, and the sourced
 * values it changed without a fresh verified-on day. A rollback restores values that were verified before.
 */
export function programmeFromDraft(draft: ProgrammeDraft, effectiveFrom: string, versionId: string) {
  const problems: PublishProblem[] = []
  if (!draft.note.trim()) problems.push('note_missing')
  const dateProblem = effectiveDateProblem(effectiveFrom)
  if (dateProblem) problems.push(dateProblem)
  const fields = { id: versionId, effectiveFrom, note: draft.note.trim() || '-' }
  const parsed = candidateProgramme(draft.programme, draft.current, draft.document, fields)
  if (!parsed.success)
    return { problems: [...problems, 'invalid' as const], issues: parsed.error.issues, unverified: [] }
  const unverified = draft.rollbackOf
    ? []
    : unverifiedProgrammeChanges(draft.base, draftParts(draft.document), dayOf(draft.createdAt), todayIso())
  if (unverified.length) problems.push('unverified')
  return { programme: parsed.data, problems, issues: [], unverified }
}

/** The version of `programme` with this id (the one a draft would publish). */
export function versionOf(programme: Programme, id: string) {
  return programme.versions.find((v) => v.id === id)!
}
