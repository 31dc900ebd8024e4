import 'server-only'

import { createHash } from 'node:crypto'

import * as Iron from 'iron-webcrypto'

import { purposeKey, serverSecrets } from '@/lib/server-secret'

// Answers in progress (and the assisted device, and a second factor being enrolled) travel in a cookie sealed
// with iron (AES-256-CBC + HMAC-SHA256, iron-webcrypto): the person keeps them, the server keeps nothing, and
// nobody can read or forge them. ANSWERS_SECRET may list several secrets, newest first: the newest seals, every
// one unseals, so a secret can be rotated without signing anyone out. Each purpose has its own derived key.
export type SealPurpose = 'answers' | 'assisted-device' | 'totp-enrolment'

function passwords(purpose: SealPurpose): { id: string; secret: string }[] {
  return serverSecrets('ANSWERS_SECRET', 'answers-secret').map((secret) => {
    const key = purposeKey(secret, `cookie:${purpose}`).toString('hex')
    return { id: createHash('sha256').update(key).digest('hex').slice(0, 12), secret: key }
  })
}

/** Seals `value` with an expiry, with the newest secret; the result is safe to put in a cookie. */
export async function seal(value: unknown, ttlSeconds: number, purpose: SealPurpose = 'answers'): Promise<string> {
  const [newest] = passwords(purpose)
  return Iron.seal(value, newest!, { ...Iron.defaults, ttl: ttlSeconds * 1000 })
}

/** The value sealed in `token` with any listed secret, or null when missing, tampered with or expired. */
export async function unseal(token: string | undefined, purpose: SealPurpose = 'answers'): Promise<unknown> {
  if (!token) return null
  try {
    const hash = Object.fromEntries(passwords(purpose).map((p) => [p.id, p.secret]))
    return await Iron.unseal(token, hash, { ...Iron.defaults, timestampSkewSec: 0 })
  } catch {
    return null
  }
}
