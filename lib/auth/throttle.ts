import 'server-only'

import { db } from '@/lib/db/prisma'
import { purposeKey, serverSecret } from '@/lib/server-secret'

import { keyedHash } from './tokens'

// Failed logins are counted per account and per client for 15 minutes, then forgotten.
// OWASP: https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#account-lockout
export const throttleWindowMinutes = 15
export const accountFailureLimit = 5
export const clientFailureLimit = 20

// The key is shared by every app instance so they count together; the client address is never stored,
// only this keyed hash of it, which is deleted when the window ends.
// ADMIN_THROTTLE_SECRET (or, locally, .data/throttle.secret), through its own HKDF-derived key.
function secret(): string {
  return purposeKey(serverSecret('ADMIN_THROTTLE_SECRET', 'throttle.secret'), 'login-throttle').toString('hex')
}

/** The counter key of an account (by email, so unknown emails are counted too). */
export function accountKey(email: string): string {
  return `a:${keyedHash(secret(), email.trim().toLowerCase())}`
}

/** The counter key of a client (by address). */
export function clientKey(address: string): string {
  return `c:${keyedHash(secret(), address)}`
}

/** Deletes counters whose window has ended. */
export async function forgetOldFailures(): Promise<void> {
  await db().$executeRaw`DELETE FROM "login_throttles"
    WHERE "window_start" < now() - make_interval(mins => ${throttleWindowMinutes})`
}

/** Adds one failure to a counter (a new window when the old one ended); returns the count in the window. */
export async function recordFailure(key: string): Promise<number> {
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "login_throttles" ("key", "failures", "window_start") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "login_throttles"."window_start" < now() - make_interval(mins => ${throttleWindowMinutes})
        THEN 1 ELSE "login_throttles"."failures" + 1 END,
      "window_start" = CASE WHEN "login_throttles"."window_start" < now() - make_interval(mins => ${throttleWindowMinutes})
        THEN now() ELSE "login_throttles"."window_start" END
    RETURNING "failures"`
  return rows[0]?.failures ?? 1
}

/** Failures counted for a key in the current window. */
export async function failuresOf(key: string): Promise<number> {
  const rows = await db().$queryRaw<{ failures: number }[]>`
    SELECT "failures" FROM "login_throttles" WHERE "key" = ${key}
      AND "window_start" >= now() - make_interval(mins => ${throttleWindowMinutes})`
  return rows[0]?.failures ?? 0
}

/** Clears a counter (after a successful login). */
export async function clearFailures(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } })
}
