import 'server-only'

import { db } from '@/lib/db/prisma'

import { audit } from './audit'
import { summariseTallies, tally } from './login-tally'
import { verifyNothing, verifyPassword } from './password'
import { spendStoredCode } from './second-factor'
import { createSession } from './sessions'
import { clearAttempts, countAttempt } from './throttle'

export interface LoginInput {
  email: string
  password: string
  /** Authenticator code; needed only when the account has a second factor. */
  code?: string
  /** The client's address, used only as a keyed hash for throttling. */
  client: string
}

export type LoginResult =
  | { ok: true; token: string; accountId: string }
  | { ok: false; code: 'invalid' }
  | { ok: false; code: 'throttled'; retryAfterSeconds: number }

/**
 * Checks credentials; on success starts a new session (rotation at login). The attempt is counted before the
 * password is checked, so a parallel burst gets no more guesses than the limit (lib/auth/throttle.ts).
 */
export async function attemptLogin(input: LoginInput): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase()
  await summariseTallies()
  const verdict = await countAttempt(email, input.client)
  const account = await db().adminAccount.findUnique({ where: { email } })
  const subject = account?.email ?? 'unknown'
  if (!verdict.ok) {
    await tally(subject, 'refused')
    return { ok: false, code: 'throttled', retryAfterSeconds: verdict.retryAfterSeconds }
  }
  const actor = account ? { id: account.id, email: account.email } : null
  const passwordOk =
    account?.passwordHash && !account.disabledAt
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyNothing(input.password)
  // A second-factor code counts once (second-factor.ts); without the right password none is spent.
  const codeOk = !account?.totpSecret || (passwordOk && (await spendStoredCode(account, input.code ?? '')))
  if (!account || !passwordOk || !codeOk) {
    await tally(subject, 'failed')
    return { ok: false, code: 'invalid' }
  }

  await clearAttempts(email, input.client)
  const token = await createSession(account.id)
  await audit(actor, { action: 'login', subject: account.email })
  return { ok: true, token, accountId: account.id }
}
