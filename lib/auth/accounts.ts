import 'server-only'

import { db } from '@/lib/db/prisma'

import { type Actor, audit } from './audit'
import { hashPassword, minPasswordLength } from './password'
import type { Role } from './roles'
import { endAllSessions } from './sessions'
import { hashToken, newToken } from './tokens'

/** How long a setup link works. */
export const setupTokenHours = 48

/** Creates an account without a password; returns its id and the one-time setup token. */
export async function createAccount(email: string, role: Role, actor: Actor | null) {
  const normalised = email.trim().toLowerCase()
  const account = await db().adminAccount.create({ data: { email: normalised, role } })
  await audit(actor, { action: 'account_created', subject: normalised, after: { email: normalised, role } })
  return { id: account.id, token: await issueSetupToken(account.id) }
}

/** A new one-time token to set the password of an account (earlier unused tokens stop working). */
export async function issueSetupToken(accountId: string): Promise<string> {
  const token = newToken()
  await db().$transaction([
    db().adminSetupToken.deleteMany({ where: { accountId } }),
    db().adminSetupToken.create({
      data: { tokenHash: hashToken(token), accountId, expiresAt: new Date(Date.now() + setupTokenHours * 3_600_000) },
    }),
  ])
  return token
}

export type SetPasswordResult = { ok: true; email: string } | { ok: false; code: 'link_invalid' | 'password_too_short' }

/** Uses a setup token once to set a password; every existing session of the account ends. */
export async function setPasswordWithToken(token: string, password: string): Promise<SetPasswordResult> {
  if (password.length < minPasswordLength) return { ok: false, code: 'password_too_short' }
  const row = await db().adminSetupToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { account: true },
  })
  if (!row || row.usedAt || row.expiresAt.getTime() < Date.now()) return { ok: false, code: 'link_invalid' }
  const passwordHash = await hashPassword(password)
  const used = await db().adminSetupToken.updateMany({
    where: { tokenHash: row.tokenHash, usedAt: null },
    data: { usedAt: new Date() },
  })
  if (used.count !== 1) return { ok: false, code: 'link_invalid' }
  await db().adminAccount.update({
    where: { id: row.accountId },
    data: { passwordHash, failedLogins: 0, lockedUntil: null },
  })
  await endAllSessions(row.accountId)
  const actor = { id: row.account.id, email: row.account.email }
  await audit(actor, { action: 'password_set', subject: row.account.email })
  return { ok: true, email: row.account.email }
}

/** Every account, for the accounts page (never the hashes). */
export async function listAccounts() {
  return db()
    .adminAccount.findMany({
      orderBy: { email: 'asc' },
      select: {
        id: true,
        email: true,
        role: true,
        lockedUntil: true,
        disabledAt: true,
        createdAt: true,
        passwordHash: true,
        totpSecret: true,
      },
    })
    .then((rows) =>
      rows.map(({ passwordHash, totpSecret, ...rest }) => ({
        ...rest,
        hasPassword: passwordHash !== null,
        totpEnabled: totpSecret !== null,
        locked: (rest.lockedUntil?.getTime() ?? 0) > Date.now(),
      })),
    )
}

/** Changes an account: role, disabled, or unlocked; audited with before and after. */
export async function updateAccount(
  id: string,
  change: { role?: Role; disabled?: boolean; unlock?: boolean },
  actor: Actor,
): Promise<void> {
  const before = await db().adminAccount.findUniqueOrThrow({ where: { id } })
  const after = await db().adminAccount.update({
    where: { id },
    data: {
      role: change.role,
      disabledAt: change.disabled === undefined ? undefined : change.disabled ? new Date() : null,
      ...(change.unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
    },
  })
  if (change.disabled || (change.role && change.role !== before.role)) await endAllSessions(id)
  const view = (a: typeof before) => ({ role: a.role, disabled: a.disabledAt !== null, lockedUntil: a.lockedUntil })
  await audit(actor, { action: 'account_changed', subject: before.email, before: view(before), after: view(after) })
}

/** An account by its (lower-case) e-mail address, or null. */
export async function accountByEmail(email: string) {
  return db().adminAccount.findUnique({ where: { email } })
}

/** An account by its id, or null. */
export async function accountById(id: string) {
  return db().adminAccount.findUnique({ where: { id } })
}
