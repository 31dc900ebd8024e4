import 'server-only'

import { db } from '@/lib/db/prisma'

import { hashToken, newToken } from './tokens'

// OWASP session management: idle and absolute timeouts for an application holding sensitive data.
// https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration
export const idleTimeoutMs = 30 * 60_000
export const absoluteTimeoutMs = 12 * 60 * 60_000
// Writing last_seen_at on every request would cost a write per page; a minute of slack is harmless.
const touchEveryMs = 60_000

export interface SessionAccount {
  id: string
  email: string
  role: string
  totpEnabled: boolean
}

/** Starts a session for an account; returns the token for the cookie (only its hash is stored). */
export async function createSession(accountId: string): Promise<string> {
  const token = newToken()
  await db().adminSession.create({ data: { tokenHash: hashToken(token), accountId } })
  return token
}

/** The account behind a session token, or null when the token is unknown, expired or the account disabled. */
export async function findSession(token: string, now = new Date()): Promise<SessionAccount | null> {
  const tokenHash = hashToken(token)
  const session = await db().adminSession.findUnique({ where: { tokenHash }, include: { account: true } })
  if (!session) return null
  const idle = now.getTime() - session.lastSeenAt.getTime() > idleTimeoutMs
  const old = now.getTime() - session.createdAt.getTime() > absoluteTimeoutMs
  if (idle || old || session.account.disabledAt) {
    await db().adminSession.deleteMany({ where: { tokenHash } })
    return null
  }
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    await db().adminSession.updateMany({ where: { tokenHash }, data: { lastSeenAt: now } })
  }
  const { id, email, role, totpSecret } = session.account
  return { id, email, role, totpEnabled: totpSecret !== null }
}

/** Ends one session. */
export async function endSession(token: string): Promise<void> {
  await db().adminSession.deleteMany({ where: { tokenHash: hashToken(token) } })
}

/** Ends every session of an account ("log out everywhere"); returns how many ended. */
export async function endAllSessions(accountId: string): Promise<number> {
  return (await db().adminSession.deleteMany({ where: { accountId } })).count
}
