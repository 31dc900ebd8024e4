import 'server-only'

import { randomBytes } from 'node:crypto'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { todayIso } from '@/lib/dates'
import { rulesChanged } from '@/lib/db/history'
import { db } from '@/lib/db/prisma'
import { loadHistory } from '@/lib/db/rule-versions'
import { versionInForce } from '@/lib/rules/history'
import { type RuleSet, ruleSetSchema } from '@/lib/rules/schema'

import { changes } from './diff'
import { unverifiedChanges } from './verification'

const today = todayIso
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue

/** Starts a draft from the version in force today. */
export async function createDraft(actor: Actor): Promise<string> {
  const base = versionInForce(await loadHistory(), today())
  const draft = await db().ruleDraft.create({
    data: { baseVersionId: base.id, document: asJson(base), note: '', authorId: actor.id, authorEmail: actor.email },
  })
  await audit(actor, { action: 'draft_created', subject: draft.id, after: { baseVersionId: base.id } })
  return draft.id
}

/** One draft with the version it started from. */
export async function getDraft(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null
  const draft = await db().ruleDraft.findUnique({ where: { id } })
  if (!draft) return null
  const baseRow = await db().ruleVersion.findUnique({ where: { id: draft.baseVersionId } })
  const base = ruleSetSchema.parse({ ...(baseRow?.document as object), id: draft.baseVersionId })
  return { ...draft, base }
}

/** Drafts still open, newest first. */
export async function listOpenDrafts() {
  return db().ruleDraft.findMany({ where: { status: 'open' }, orderBy: { updatedAt: 'desc' } })
}

/** Saves a draft's document and note (valid or not: publishing checks); audits the changed values. */
export async function saveDraft(id: string, document: unknown, note: string, actor: Actor): Promise<void> {
  const before = await db().ruleDraft.findUniqueOrThrow({ where: { id } })
  if (before.status !== 'open') throw new Error('draft_not_open')
  await db().$transaction(async (tx) => {
    await tx.ruleDraft.update({ where: { id }, data: { document: asJson(document), note } })
    const diff = changes({ ...(before.document as object), note: before.note }, { ...(document as object), note })
    if (diff.length) {
      await audit(
        actor,
        {
          action: 'draft_saved',
          subject: id,
          before: Object.fromEntries(diff.map((c) => [c.path, c.before])),
          after: Object.fromEntries(diff.map((c) => [c.path, c.after])),
        },
        tx,
      )
    }
  })
}

/** Discards an open draft. */
export async function discardDraft(id: string, actor: Actor): Promise<void> {
  await db().ruleDraft.updateMany({ where: { id, status: 'open' }, data: { status: 'discarded' } })
  await audit(actor, { action: 'draft_discarded', subject: id })
}

/**
 * Four eyes: whether `accountId` wrote or edited the draft (the append-only audit log says who saved it),
 * so that they may not also publish it.
 */
export async function hasWorkedOn(draftId: string, authorId: string, accountId: string): Promise<boolean> {
  if (authorId === accountId) return true
  return (await db().auditEvent.count({ where: { subject: draftId, action: 'draft_saved', actorId: accountId } })) > 0
}

/** Why a draft cannot be published now, as codes; empty when it can. */
export type PublishProblem = 'four_eyes' | 'not_open' | 'invalid' | 'note_missing' | 'unverified' | 'date_in_past'

/** The document a draft would publish as, or the problems in the way. */
export function versionFromDraft(
  draft: { document: unknown; note: string; base: RuleSet; createdAt: Date },
  effectiveFrom: string,
  id: string,
): { version?: RuleSet; problems: PublishProblem[]; unverified: string[] } {
  const problems: PublishProblem[] = []
  if (!draft.note.trim()) problems.push('note_missing')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) || effectiveFrom < today()) problems.push('date_in_past')
  const parsed = ruleSetSchema.safeParse({
    ...(draft.document as object),
    id,
    effectiveFrom,
    note: draft.note.trim() || '-',
  })
  if (!parsed.success) return { problems: [...problems, 'invalid'], unverified: [] }
  const unverified = unverifiedChanges(draft.base, parsed.data, draft.createdAt.toISOString().slice(0, 10), today())
  if (unverified.length) problems.push('unverified')
  return { version: parsed.data, problems, unverified }
}

/** A new version id: the effective day, how it came about, and a random suffix (ids are never reused). */
export function newVersionId(effectiveFrom: string, origin: 'admin' | 'rollback'): string {
  return `${effectiveFrom}-${origin}-${randomBytes(3).toString('hex')}`
}

/**
 * Publishes a draft as a new immutable rule version (four eyes: never by its author), effective now or on a
 * later day. A trigger on rule_versions tells every instance to re-read the history (lib/db/history.ts); this one
 * re-reads at once.
 */
export async function publishDraft(
  id: string,
  effectiveFrom: string,
  approver: Actor,
): Promise<{ ok: true; versionId: string } | { ok: false; problems: PublishProblem[] }> {
  const draft = await getDraft(id)
  if (!draft) return { ok: false, problems: ['not_open'] }
  if (await hasWorkedOn(id, draft.authorId, approver.id)) return { ok: false, problems: ['four_eyes'] }
  if (draft.status !== 'open') return { ok: false, problems: ['not_open'] }
  const versionId = newVersionId(effectiveFrom, 'admin')
  const { version, problems } = versionFromDraft(draft, effectiveFrom, versionId)
  if (!version || problems.length) return { ok: false, problems }
  await db().$transaction(async (tx) => {
    const claimed = await tx.ruleDraft.updateMany({
      where: { id, status: 'open' },
      data: { status: 'published', approvedById: approver.id, publishedVersionId: versionId },
    })
    if (claimed.count !== 1) throw new Error('draft_not_open')
    await tx.ruleVersion.create({
      data: {
        id: versionId,
        effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
        note: version.note,
        document: asJson(version),
        origin: 'admin',
      },
    })
    const diff = changes(draft.base.countries, version.countries)
    await audit(
      approver,
      {
        action: 'version_published',
        subject: versionId,
        before: { version: draft.base.id, ...Object.fromEntries(diff.map((c) => [c.path, c.before])) },
        after: {
          version: versionId,
          effectiveFrom,
          draft: id,
          author: draft.authorEmail,
          note: version.note,
          ...Object.fromEntries(diff.map((c) => [c.path, c.after])),
        },
      },
      tx,
    )
  })
  rulesChanged()
  return { ok: true, versionId }
}

/** Publishes a copy of an earlier version as a new version (history stays intact). */
export async function rollbackTo(
  versionId: string,
  effectiveFrom: string,
  note: string,
  approver: Actor,
): Promise<{ ok: true; versionId: string } | { ok: false; problems: PublishProblem[] }> {
  const row = await db().ruleVersion.findUnique({ where: { id: versionId } })
  if (!row) return { ok: false, problems: ['not_open'] }
  const problems: PublishProblem[] = []
  if (!note.trim()) problems.push('note_missing')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) || effectiveFrom < today()) problems.push('date_in_past')
  if (problems.length) return { ok: false, problems }
  const newId = newVersionId(effectiveFrom, 'rollback')
  const version = ruleSetSchema.parse({ ...(row.document as object), id: newId, effectiveFrom, note: note.trim() })
  await db().$transaction(async (tx) => {
    await tx.ruleVersion.create({
      data: {
        id: newId,
        effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
        note: version.note,
        document: asJson(version),
        origin: 'rollback',
      },
    })
    await audit(
      approver,
      {
        action: 'version_rolled_back',
        subject: newId,
        before: { copyOf: versionId },
        after: { version: newId, effectiveFrom, note: version.note },
      },
      tx,
    )
  })
  rulesChanged()
  return { ok: true, versionId: newId }
}
