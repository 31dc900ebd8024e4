// Second-factor secrets are stored encrypted (AES-256-GCM) with a key of their own, derived with HKDF from
// TOTP_ENCRYPTION_SECRET (locally .data/totp.secret), and bound to their account (the id is the associated data,
// so a secret copied onto another account's row does not decrypt). A leaked table alone gives no codes.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { purposeKey, serverSecret } from '@/lib/server-secret'

const prefix = 'v1.'
const key = () => purposeKey(serverSecret('TOTP_ENCRYPTION_SECRET', 'totp.secret'), 'totp-secret')

/** The stored form of a base32 TOTP secret for one account. */
export function encryptTotpSecret(secret: string, accountId: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv).setAAD(Buffer.from(accountId))
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return prefix + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')
}

/** The base32 secret of a stored value, or null when it does not decrypt for this account. */
export function decryptTotpSecret(stored: string, accountId: string): string | null {
  if (!stored.startsWith(prefix)) return null
  try {
    const raw = Buffer.from(stored.slice(prefix.length), 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12)).setAAD(Buffer.from(accountId))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
