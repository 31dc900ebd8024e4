// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), as authenticator apps use,
// through the maintained otpauth library. Which steps were already spent is the database's job (second-factor.ts).
import * as OTPAuth from 'otpauth'

import { seal, unseal } from '@/lib/session/sealed-cookie'

const period = 30
const issuer = 'SMI screener'

/** A new random TOTP secret: 160 bits (RFC 4226 §4) as 32 base32 characters. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32
}

/** The secret being enrolled, sealed and bound to one account for 10 minutes (sent through the form). */
export function sealPendingTotp(secret: string, accountId: string): Promise<string> {
  return seal({ secret, accountId }, 10 * 60, 'totp-enrolment')
}

/** The secret sealed by sealPendingTotp for this account, or null (forged, expired, another account's). */
export async function pendingTotpSecret(token: string | undefined, accountId: string): Promise<string | null> {
  const value = (await unseal(token, 'totp-enrolment')) as { secret?: unknown; accountId?: unknown } | null
  return value?.accountId === accountId && typeof value.secret === 'string' && /^[A-Z2-7]{32}$/.test(value.secret)
    ? value.secret
    : null
}

function totp(secret: string, email = '') {
  return new OTPAuth.TOTP({ issuer, label: email, secret: OTPAuth.Secret.fromBase32(secret), period, digits: 6 })
}

/** The 6-digit code for `secret` at `time` (ms). */
export function totpCode(secret: string, time = Date.now()): string {
  return totp(secret).generate({ timestamp: time })
}

/** The 30-second step whose code `code` is, allowing one step of clock drift either way; null if none. */
export function totpStep(secret: string, code: string, time = Date.now()): number | null {
  const token = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totp(secret).validate({ token, timestamp: time, window: 1 })
  return delta === null ? null : Math.floor(time / 1000 / period) + delta
}

/** The otpauth:// URI an authenticator app reads (shown as text; no QR code library needed). */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString()
}
