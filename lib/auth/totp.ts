// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), as authenticator apps use.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { seal, unseal } from '@/lib/session/sealed-cookie'

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** A new random TOTP secret: 160 bits (RFC 4226 §4) as 32 base32 characters. */
export function newTotpSecret(): string {
  const bits = [...randomBytes(20)].map((b) => b.toString(2).padStart(8, '0')).join('')
  return (bits.match(/.{5}/g) ?? []).map((chunk) => alphabet[parseInt(chunk, 2)]).join('')
}

/** The secret being enrolled, sealed and bound to one account for 10 minutes (sent through the form). */
export function sealPendingTotp(secret: string, accountId: string): string {
  return seal({ secret, accountId }, 10 * 60)
}

/** The secret sealed by sealPendingTotp for this account, or null (forged, expired, another account's). */
export function pendingTotpSecret(token: string | undefined, accountId: string): string | null {
  const value = unseal(token) as { secret?: unknown; accountId?: unknown } | null
  return value?.accountId === accountId && typeof value.secret === 'string' && /^[A-Z2-7]{32}$/.test(value.secret)
    ? value.secret
    : null
}

function base32Decode(secret: string): Buffer {
  let bits = ''
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0')
  const bytes = bits.match(/.{8}/g) ?? []
  return Buffer.from(bytes.map((b) => parseInt(b, 2)))
}

/** The 6-digit code for `secret` at `time` (ms). */
export function totpCode(secret: string, time = Date.now()): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30_000)))
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = mac[mac.length - 1]! & 15
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0')
}

/** The 30-second step whose code `code` is, allowing one step of clock drift either way; null if none. */
export function totpStep(secret: string, code: string, time = Date.now()): number | null {
  const given = Buffer.from(code.replace(/\s/g, ''))
  for (const drift of [-1, 0, 1]) {
    const step = Math.floor(time / 30_000) + drift
    const expected = Buffer.from(totpCode(secret, step * 30_000))
    if (expected.length === given.length && timingSafeEqual(expected, given)) return step
  }
  return null
}

/** Whether `code` is valid now (see totpStep). */
export function verifyTotp(secret: string, code: string, time = Date.now()): boolean {
  return totpStep(secret, code, time) !== null
}

/** The otpauth:// URI an authenticator app reads (shown as text; no QR code library needed). */
export function totpUri(secret: string, email: string): string {
  return `otpauth://totp/${encodeURIComponent(`SMI screener:${email}`)}?secret=${secret}&issuer=SMI%20screener`
}
