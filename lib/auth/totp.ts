// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), as authenticator apps use.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** A new random TOTP secret, base32 (160 bits, RFC 4226 §4). */
export function newTotpSecret(): string {
  return [...randomBytes(20)].map((b) => alphabet[b & 31]).join('')
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

/** Whether `code` is valid now, allowing one 30-second step of clock drift either way. */
export function verifyTotp(secret: string, code: string, time = Date.now()): boolean {
  const given = Buffer.from(code.replace(/\s/g, ''))
  return [-30_000, 0, 30_000].some((drift) => {
    const expected = Buffer.from(totpCode(secret, time + drift))
    return expected.length === given.length && timingSafeEqual(expected, given)
  })
}

/** The otpauth:// URI an authenticator app reads (shown as text; no QR code library needed). */
export function totpUri(secret: string, email: string): string {
  return `otpauth://totp/${encodeURIComponent(`SMI screener:${email}`)}?secret=${secret}&issuer=SMI%20screener`
}
