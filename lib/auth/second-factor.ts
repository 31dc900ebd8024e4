// The second factor: required for editors, approvers and admins (they can do nothing but enrol until they have
// one), optional for viewers. Turning it on or off asks for the password again, so a stolen session alone can
// neither lock the owner out nor remove the factor. Every accepted code is spent once: its (account, time step)
// row is inserted under a primary key, so of two requests with the same code at the same moment one fails.
import 'server-only'

import { db } from '@/lib/db/prisma'

import { type Actor, audit } from './audit'
import { verifyPassword } from './password'
import { hasRole } from './roles'
import { totpStep } from './totp'
import { decryptTotpSecret, encryptTotpSecret } from './totp-secret'

/** Whether accounts of this role must have a second factor before they can do anything. */
export function requiresSecondFactor(role: string): boolean {
  return hasRole(role, 'editor')
}

/** Spends `code` for an account if it is valid now and not spent before (race-free); whether it was accepted. */
export async function spendCode(accountId: string, secret: string, code: string): Promise<boolean> {
  const step = totpStep(secret, code)
  if (step === null) return false
  // Codes are valid for three steps at most (one of drift either way): older rows can never matter again.
  await db().adminTotpUse.deleteMany({ where: { usedAt: { lt: new Date(Date.now() - 10 * 60_000) } } })
  const inserted = await db().$executeRaw`
    INSERT INTO "admin_totp_uses" ("account_id", "step") VALUES (${accountId}::uuid, ${step})
    ON CONFLICT DO NOTHING`
  return inserted === 1
}

/** Spends a code against an account's stored (encrypted) secret; false without a secret. */
export async function spendStoredCode(account: { id: string; totpSecret: string | null }, code: string) {
  const secret = account.totpSecret ? decryptTotpSecret(account.totpSecret, account.id) : null
  return secret !== null && spendCode(account.id, secret, code)
}

export type SecondFactorResult = { ok: true } | { ok: false; code: 'password_wrong' | 'code_wrong' | 'required' }

/** Turns the second factor on with a secret the person confirmed with a code, after the password again. */
export async function enrolSecondFactor(
  actor: Actor,
  password: string,
  secret: string,
  code: string,
): Promise<SecondFactorResult> {
  const account = await db().adminAccount.findUniqueOrThrow({ where: { id: actor.id } })
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, password)))
    return { ok: false, code: 'password_wrong' }
  if (!(await spendCode(account.id, secret, code))) return { ok: false, code: 'code_wrong' }
  const stored = encryptTotpSecret(secret, account.id)
  await db().adminAccount.update({ where: { id: account.id }, data: { totpSecret: stored } })
  await audit(actor, { action: 'totp_enabled', subject: account.email })
  return { ok: true }
}

/** Turns the second factor off (viewers only: the others must keep one), after the password and a code. */
export async function disableSecondFactor(actor: Actor, password: string, code: string): Promise<SecondFactorResult> {
  const account = await db().adminAccount.findUniqueOrThrow({ where: { id: actor.id } })
  if (requiresSecondFactor(account.role)) return { ok: false, code: 'required' }
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, password)))
    return { ok: false, code: 'password_wrong' }
  if (!(await spendStoredCode(account, code))) return { ok: false, code: 'code_wrong' }
  await db().adminAccount.update({ where: { id: account.id }, data: { totpSecret: null } })
  await audit(actor, { action: 'totp_disabled', subject: account.email })
  return { ok: true }
}
