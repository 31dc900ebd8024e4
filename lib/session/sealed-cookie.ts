import 'server-only'

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

import { serverSecret } from '@/lib/server-secret'

// Answers in progress travel in a cookie sealed with AES-256-GCM: the person keeps them, the server keeps
// nothing, and nobody can read or forge them. Every instance must share ANSWERS_SECRET (lib/server-secret.ts).
let key: Buffer | null = null

function secretKey(): Buffer {
  return (key ??= createHash('sha256').update(serverSecret('ANSWERS_SECRET', 'answers-secret')).digest())
}

/** Encrypts `value` with an expiry; the result is safe to put in a cookie. */
export function seal(value: unknown, ttlSeconds: number): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv)
  const body = JSON.stringify({ v: value, exp: Date.now() + ttlSeconds * 1000 })
  const data = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')
}

/** The value sealed in `token`, or null when it is missing, tampered with or expired. */
export function unseal(token: string | undefined): unknown {
  if (!token) return null
  try {
    const raw = Buffer.from(token, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', secretKey(), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const body = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    const { v, exp } = JSON.parse(body) as { v: unknown; exp: number }
    return exp > Date.now() ? v : null
  } catch {
    return null
  }
}
