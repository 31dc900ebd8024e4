import 'server-only'

import { db } from '@/lib/db/prisma'

import { audit } from './audit'
import { verifyNothing, verifyPassword } from './password'
import { spendStoredCode } from './second-factor'
import { createSession } from './sessions'
import {
  accountFailureLimit,
  accountKey,
  clearFailures,
  clientFailureLimit,
  clientKey,
  failuresOf,
  forgetOldFailures,
  recordFailure,
  throttleWindowMinutes,
} from './throttle'

export interface LoginInput {
  email: string
  password: string
  /** Authenticator code; needed only when the account has a second factor. */
  code?: string
  /** The client's address, used only as a keyed hash for throttling. */
  client: string
}

export type LoginResult =
  { ok: true; token: string; accountId: string } | { ok: false; code: 'invalid' | 'locked' | 'throttled' }

/** Checks credentials with throttling and lockout; on success starts a new session (rotation at login). */
export async function attemptLogin(input: LoginInput): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase()
  await forgetOldFailures()
  const cKey = clientKey(input.client)
  const aKey = accountKey(email)
  if ((await failuresOf(cKey)) >= clientFailureLimit) {
    await audit(null, { action: 'login_throttled' })
    return { ok: false, code: 'throttled' }
  }
  const account = await db().adminAccount.findUnique({ where: { email } })
  const actor = account ? { id: account.id, email: account.email } : null
  const lockedNow = account
    ? (account.lockedUntil?.getTime() ?? 0) > Date.now()
    : (await failuresOf(aKey)) >= accountFailureLimit
  if (lockedNow) {
    await audit(actor, { action: 'login_refused_locked', subject: account?.email })
    return { ok: false, code: 'locked' }
  }
  const passwordOk =
    account?.passwordHash && !account.disabledAt
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyNothing(input.password)
  // A second-factor code counts once (second-factor.ts); without the right password none is spent.
  const codeOk = !account?.totpSecret || (passwordOk && (await spendStoredCode(account, input.code ?? '')))
  if (!account || !passwordOk || !codeOk) return fail(account, actor, aKey, cKey)

  await clearFailures(aKey)
  await db().adminAccount.update({
    where: { id: account.id },
    data: { failedLogins: 0, lockedUntil: null },
  })
  const token = await createSession(account.id)
  await audit(actor, { action: 'login', subject: account.email })
  return { ok: true, token, accountId: account.id }
}

async function fail(
  account: { id: string; email: string } | null,
  actor: { id: string; email: string } | null,
  aKey: string,
  cKey: string,
): Promise<LoginResult> {
  const failures = await recordFailure(aKey)
  await recordFailure(cKey)
  await audit(actor, { action: 'login_failed', subject: account?.email })
  if (failures < accountFailureLimit) {
    if (account) await db().adminAccount.update({ where: { id: account.id }, data: { failedLogins: failures } })
    return { ok: false, code: 'invalid' }
  }
  if (account) {
    const lockedUntil = new Date(Date.now() + throttleWindowMinutes * 60_000)
    await db().adminAccount.update({ where: { id: account.id }, data: { failedLogins: failures, lockedUntil } })
    await audit(actor, { action: 'account_locked', subject: account.email, after: { lockedUntil } })
  }
  return { ok: false, code: 'locked' }
}
