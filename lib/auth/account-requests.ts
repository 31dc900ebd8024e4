// Changes that could plant a sock puppet need a second admin: creating or promoting an approver or admin, and a
// setup (reset) link for one. One admin asks, another confirms; only then does the change happen, and the setup
// link goes to the confirming admin. The command line (npm run admin:create) needs server access and stays the way
// to make the first accounts. Every step is in the audit log.
import 'server-only'

import { db } from '@/lib/db/prisma'
import { isUuid } from '@/lib/ids'

import { createAccount, issueSetupToken, updateAccount } from './accounts'
import { type Actor, audit } from './audit'
import { hasRole, isRole, type Role } from './roles'

export type RequestKind = 'create' | 'role' | 'reset'

/** Whether a change to or for this role needs a second admin's confirmation. */
export function needsSecondAdmin(role: string): boolean {
  return hasRole(role, 'approver')
}

/** Records a pending request; returns its id. */
export async function requestChange(
  change: { kind: RequestKind; email: string; role: Role; accountId?: string },
  actor: Actor,
): Promise<string> {
  const row = await db().adminRequest.create({
    data: { ...change, requestedById: actor.id, requestedBy: actor.email },
  })
  await audit(actor, {
    action: 'account_request_created',
    subject: change.email,
    after: { ...change, request: row.id },
  })
  return row.id
}

/** Pending requests, oldest first. */
export async function listPendingRequests() {
  return db().adminRequest.findMany({ where: { status: 'pending' }, orderBy: { createdAt: 'asc' } })
}

export type ConfirmResult =
  { ok: true; email: string; token?: string } | { ok: false; code: 'not_pending' | 'same_admin' }

/** Confirms a request by another admin than the one who asked, and carries it out; a setup token when one is made. */
export async function confirmRequest(id: string, actor: Actor): Promise<ConfirmResult> {
  const request = isUuid(id) ? await db().adminRequest.findUnique({ where: { id } }) : null
  if (!request || request.status !== 'pending' || !isRole(request.role)) return { ok: false, code: 'not_pending' }
  if (request.requestedById === actor.id) return { ok: false, code: 'same_admin' }
  const claimed = await db().adminRequest.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'confirmed', decidedById: actor.id, decidedAt: new Date() },
  })
  if (claimed.count !== 1) return { ok: false, code: 'not_pending' }
  await audit(actor, {
    action: 'account_request_confirmed',
    subject: request.email,
    after: { request: id, kind: request.kind, role: request.role, requestedBy: request.requestedBy },
  })
  const existing = await db().adminAccount.findUnique({ where: { email: request.email } })
  if (request.kind === 'create' && !existing)
    return { ok: true, email: request.email, token: (await createAccount(request.email, request.role, actor)).token }
  if (!existing) return { ok: false, code: 'not_pending' }
  if (request.kind === 'role') {
    await updateAccount(existing.id, { role: request.role }, actor)
    return { ok: true, email: request.email }
  }
  const token = await issueSetupToken(existing.id)
  await audit(actor, { action: 'setup_link_issued', subject: request.email })
  return { ok: true, email: request.email, token }
}

/** Withdraws or refuses a pending request (any admin). */
export async function cancelRequest(id: string, actor: Actor): Promise<void> {
  if (!isUuid(id)) return
  const cancelled = await db().adminRequest.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'cancelled', decidedById: actor.id, decidedAt: new Date() },
  })
  if (cancelled.count) await audit(actor, { action: 'account_request_cancelled', subject: id })
}
