import 'server-only'

import { randomBytes } from 'node:crypto'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { rulesChanged } from '@/lib/db/history'
import { db } from '@/lib/db/prisma'
import { loadHistory } from '@/lib/db/rule-versions'
import { isUuid } from '@/lib/ids'
import { isCalendarDay } from '@/lib/rules/calendar-day'
import { dayOf, todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'
import { type RuleSet, ruleSetSchema } from '@/lib/rules/schema'

import { hasWorkedOn, lockDraft, voidApproval } from './approval'
import { changes } from './diff'
import { draftHash } from './draft-hash'
import { unverifiedChanges } from './verification'

const today = todayIso
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue

/** Starts a draft from the version in force today. */
export async function createDraft(actor: Actor): Promise<string> {
  const base = versionInForce(await loadHistory(), today())
  const draft = await db().ruleDraft.create({
    data: { baseVersionId: base.id, document: asJson(base), note: '', authorId: actor.id, authorEmail: actor.email },
  })
  await audit(actor, {
    action: 'draft_created',
    subject: draft.id,
    after: { programme: 'safe-mobility', baseVersionId: base.id },
  })
  return draft.id
}

/**
 * Starts a rollback: a draft holding an earlier version's values, compared with the version in force today. It
 * goes through the same review, approval and publication by a second person as any draft. Null: no such version.
 */
export async function createRollbackDraft(versionId: string, note: string, actor: Actor): Promise<string | null> {
  const old = await db().ruleVersion.findUnique({ where: { id: versionId } })
  if (!old) return null
  const base = versionInForce(await loadHistory(), today())
  const document = { ...(old.document as object), id: base.id, effectiveFrom: base.effectiveFrom, note: base.note }
  const draft = await db().ruleDraft.create({
    data: {
      baseVersionId: base.id,
      document: asJson(document),
      note: note.trim().slice(0, 500),
      authorId: actor.id,
      authorEmail: actor.email,
      rollbackOf: versionId,
    },
  })
  await audit(actor, {
    action: 'rollback_draft_created',
    subject: draft.id,
    after: { programme: 'safe-mobility', copyOf: versionId },
  })
  return draft.id
}

/** One draft with the version it started from. */
export async function getDraft(id: string) {
  if (!isUuid(id)) return null
  const draft = await db().ruleDraft.findUnique({ where: { id } })
  // Drafts of the other programmes hold another document (programme-drafts.ts).
  if (!draft || draft.programme !== 'safe-mobility') return null
  const baseRow = await db().ruleVersion.findUnique({ where: { id: draft.baseVersionId } })
  const base = ruleSetSchema.parse({ ...(baseRow?.document as object), id: draft.baseVersionId })
  return { ...draft, base }
}

/** Safe Mobility drafts still open or approved (not yet published), newest first. */
export async function listOpenDrafts() {
  return db().ruleDraft.findMany({
    where: { status: { in: ['open', 'approved'] }, programme: 'safe-mobility' },
    orderBy: { updatedAt: 'desc' },
  })
}

/**
 * Saves a draft's document and note (valid or not: publishing checks); audits the changed values. A save of an
 * approved draft voids its approval: the approver saw something else.
 */
export async function saveDraft(id: string, document: unknown, note: string, actor: Actor): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await lockDraft(tx, id)
    if (!before || !['open', 'approved'].includes(before.status)) throw new Error('draft_not_open')
    if (draftHash(before.document, before.note) === draftHash(document, note)) return
    await voidApproval(tx, before, actor)
    await tx.ruleDraft.update({ where: { id }, data: { document: asJson(document), note } })
    const diff = changes({ ...(before.document as object), note: before.note }, { ...(document as object), note })
    if (diff.length) {
      await audit(
        actor,
        {
          action: 'draft_saved',
          subject: id,
          before: { programme: before.programme, ...Object.fromEntries(diff.map((c) => [c.path, c.before])) },
          after: { programme: before.programme, ...Object.fromEntries(diff.map((c) => [c.path, c.after])) },
        },
        tx,
      )
    }
  })
}

/** Discards an open draft. */
export async function discardDraft(id: string, actor: Actor): Promise<void> {
  if (!isUuid(id)) return
  const { count } = await db().ruleDraft.updateMany({
    where: { id, status: { in: ['open', 'approved'] } },
    data: { status: 'discarded' },
  })
  if (!count) return
  const row = await db().ruleDraft.findUnique({ where: { id }, select: { programme: true } })
  await audit(actor, { action: 'draft_discarded', subject: id, after: { programme: row?.programme } })
}

/** Why a draft cannot be published now, as codes; empty when it can. */
export type PublishProblem =
  | 'four_eyes'
  | 'not_open'
  | 'not_approved'
  | 'changed_since_review'
  | 'invalid'
  | 'note_missing'
  | 'unverified'
  | 'date_in_past'
  | 'invalid_date'

/** The problem with a publication day, if any: a real day (calendar-day.ts), today or later. */
export function effectiveDateProblem(effectiveFrom: string): PublishProblem | null {
  if (!isCalendarDay(effectiveFrom)) return 'invalid_date'
  return effectiveFrom < today() ? 'date_in_past' : null
}

type DraftInput = { document: unknown; note: string; base: RuleSet; createdAt: Date; rollbackOf?: string | null }

/**
 * A draft's document checked with the engine's schema (with `fields` such as the id and day it would publish
 * under): the version and its unverified changes, or zod's issues. A rollback restores values that were verified
 * when they were first published.
 */
export function checkDraft(draft: DraftInput, fields: { id?: string; effectiveFrom?: string } = {}) {
  const parsed = ruleSetSchema.safeParse({ ...(draft.document as object), ...fields, note: draft.note.trim() || '-' })
  if (!parsed.success) return { issues: parsed.error.issues, unverified: [] as string[] }
  const unverified = draft.rollbackOf ? [] : unverifiedChanges(draft.base, parsed.data, dayOf(draft.createdAt), today())
  return { version: parsed.data, issues: [], unverified }
}

/** The document a draft would publish as, or the problems in the way. */
export function versionFromDraft(
  draft: DraftInput,
  effectiveFrom: string,
  id: string,
): { version?: RuleSet; problems: PublishProblem[]; unverified: string[] } {
  const problems: PublishProblem[] = []
  if (!draft.note.trim()) problems.push('note_missing')
  const dateProblem = effectiveDateProblem(effectiveFrom)
  if (dateProblem) problems.push(dateProblem)
  const { version, unverified } = checkDraft(draft, { id, effectiveFrom })
  if (!version) return { problems: [...problems, 'invalid'], unverified: [] }
  if (unverified.length) problems.push('unverified')
  return { version, problems, unverified }
}

/** A new version id: the effective day, how it came about, and a random suffix (ids are never reused). */
function newVersionId(effectiveFrom: string, origin: 'admin' | 'rollback'): string {
  return `${effectiveFrom}-${origin}-${randomBytes(3).toString('hex')}`
}

/**
 * Publishes an approved draft as a new immutable rule version, effective now or on a later day: by an approver
 * who did not work on it, and only while it is exactly what was approved. A trigger on rule_versions tells
 * every instance to re-read the history (lib/db/history.ts); this one re-reads at once.
 */
export async function publishDraft(
  id: string,
  effectiveFrom: string,
  approver: Actor,
): Promise<{ ok: true; versionId: string } | { ok: false; problems: PublishProblem[] }> {
  const draft = await getDraft(id)
  if (!draft || !['open', 'approved'].includes(draft.status)) return { ok: false, problems: ['not_open'] }
  if (await hasWorkedOn(id, draft.authorId, approver.id)) return { ok: false, problems: ['four_eyes'] }
  if (draft.status !== 'approved') return { ok: false, problems: ['not_approved'] }
  const origin = draft.rollbackOf ? 'rollback' : 'admin'
  const versionId = newVersionId(effectiveFrom, origin)
  const { version, problems } = versionFromDraft(draft, effectiveFrom, versionId)
  if (!version || problems.length) return { ok: false, problems }
  type Published = { ok: true; versionId: string } | { ok: false; problems: PublishProblem[] }
  const result = await db().$transaction(async (tx): Promise<Published> => {
    const locked = await lockDraft(tx, id)
    if (!locked || locked.status !== 'approved') return { ok: false, problems: ['not_approved'] }
    if (
      draftHash(locked.document, locked.note) !== locked.approvedHash ||
      draftHash(draft.document, draft.note) !== locked.approvedHash
    )
      return { ok: false, problems: ['changed_since_review'] }
    await tx.ruleDraft.update({ where: { id }, data: { status: 'published', publishedVersionId: versionId } })
    await tx.ruleVersion.create({
      data: {
        id: versionId,
        effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
        note: version.note,
        document: asJson(version),
        origin,
      },
    })
    const diff = changes(draft.base.countries, version.countries)
    await audit(
      approver,
      {
        action: draft.rollbackOf ? 'version_rolled_back' : 'version_published',
        subject: versionId,
        before: { version: draft.base.id, ...Object.fromEntries(diff.map((c) => [c.path, c.before])) },
        after: {
          programme: 'safe-mobility',
          version: versionId,
          effectiveFrom,
          draft: id,
          author: draft.authorEmail,
          approvedHash: locked.approvedHash,
          ...(draft.rollbackOf ? { copyOf: draft.rollbackOf } : {}),
          note: version.note,
          ...Object.fromEntries(diff.map((c) => [c.path, c.after])),
        },
      },
      tx,
    )
    return { ok: true, versionId } as const
  })
  if (result.ok) rulesChanged()
  return result
}
