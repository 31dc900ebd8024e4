import 'server-only'

import { limitKey } from '@/lib/rate-limit/client-key'
import { consume, forget, refund, type Verdict } from '@/lib/rate-limit/store'

// Sign-in attempts are counted in the shared rate-limit store (lib/rate-limit) before the password is checked,
// per (account, client) and per client: an attacker failing on an account slows down only themselves, and the
// owner signing in from another client is never refused. Keys are keyed hashes; no address or email is kept.

const accountClientKey = (email: string, client: string) => limitKey('login-account', email, client)
const clientOnlyKey = (client: string) => limitKey('login-client', client)

/** Counts one sign-in attempt for this (account, client) and this client; refused past either limit. */
export async function countAttempt(email: string, client: string): Promise<Verdict> {
  const verdicts = await Promise.all([
    consume('loginClient', clientOnlyKey(client)),
    consume('loginAccount', accountClientKey(email, client)),
  ])
  return verdicts.find((v) => !v.ok) ?? { ok: true }
}

/** After a successful sign-in: this client's failures on the account are forgotten, its attempt given back. */
export async function clearAttempts(email: string, client: string): Promise<void> {
  await forget('loginAccount', accountClientKey(email, client))
  await refund('loginClient', clientOnlyKey(client))
}
