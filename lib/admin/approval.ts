// Four eyes bound to content: an approver who did not write or edit a draft approves the exact content they
// reviewed (its hash, draft-hash.ts). Saving the draft afterwards voids the approval (drafts.ts saveDraft), and
// publishing checks the hash again, so what goes live is what the second person saw.
import 'server-only'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { db } from '@/lib/db/prisma'
import { isUuid } from '@/lib/ids'

import { draftHash } from './draft-hash'

type Tx = Prisma.TransactionClient

/**
 * Four eyes: whether `accountId` wrote or edited the draft (the append-only audit log says who saved it),
 * so that they may not also approve or publish it.
 */
export async function hasWorkedOn(draftId: string, authorId: string, accountId: string): Promise<boolean> {
  if (authorId === accountId) return true
  return (await db().auditEvent.count({ where: { subject: draftId, action: 'draft_saved', actorId: accountId } })) > 0
}

/** The draft row locked for this transaction (no save, approval or publication can run beside it). */
export async function lockDraft(tx: Tx, id: string) {
  if (!isUuid(id)) return null
  await tx.$queryRaw`SELECT 1 FROM "rule_drafts" WHERE "id" = ${id}::uuid FOR UPDATE`
  return tx.ruleDraft.findUnique({ where: { id } })
}

export type ApproveProblem = 'not_open' | 'four_eyes' | 'changed_since_review'

/** Approves the draft as reviewed: `reviewedHash` must be the hash of the draft as it is now. */
export async function approveDraft(
  id: string,
  reviewedHash: string,
  approver: Actor,
): Promise<{ ok: true } | { ok: false; problem: ApproveProblem }> {
  const draft = isUuid(id) ? await db().ruleDraft.findUnique({ where: { id } }) : null
  if (!draft || draft.status !== 'open') return { ok: false, problem: 'not_open' }
  if (await hasWorkedOn(id, draft.authorId, approver.id)) return { ok: false, problem: 'four_eyes' }
  return db().$transaction(async (tx) => {
    const locked = await lockDraft(tx, id)
    if (!locked || locked.status !== 'open') return { ok: false, problem: 'not_open' } as const
    const hash = draftHash(locked.document, locked.note)
    if (hash !== reviewedHash) return { ok: false, problem: 'changed_since_review' } as const
    await tx.ruleDraft.update({
      where: { id },
      data: { status: 'approved', approvedById: approver.id, approvedHash: hash, approvedAt: new Date() },
    })
    await audit(approver, { action: 'draft_approved', subject: id, after: { programme: locked.programme, hash } }, tx)
    return { ok: true } as const
  })
}

/** Inside a save: an approved draft goes back to open, its approval void (audited). */
export async function voidApproval(
  tx: Tx,
  draft: { id: string; status: string; approvedHash: string | null; programme: string },
  by: Actor,
) {
  if (draft.status !== 'approved') return
  await tx.ruleDraft.update({
    where: { id: draft.id },
    data: { status: 'open', approvedById: null, approvedHash: null, approvedAt: null },
  })
  await audit(
    by,
    { action: 'approval_voided', subject: draft.id, before: { programme: draft.programme, hash: draft.approvedHash } },
    tx,
  )
}
