import 'server-only'

import { randomBytes } from 'node:crypto'

import { type Actor, audit } from '@/lib/auth/audit'
import { hashToken } from '@/lib/auth/tokens'
import { db } from '@/lib/db/prisma'

import { clientWhileDown, forgetVerifiedKeys, keysGeneration, remember, verifiedClient } from './verified-keys'

// Partners' keys for POST /api/v1/screenings. A key is 256 random bits shown once; only its SHA-256 is kept.

/** A partner's name as stored with each of its outcomes: 1–60 letters, digits, spaces, dots, dashes, underscores. */
export function isClientName(name: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,59}$/u.test(name)
}

/** Makes a key for `client` and returns it: the only time the key itself exists outside the caller. */
export async function createApiKey(client: string, actor: Actor | null): Promise<{ id: string; key: string }> {
  const name = client.trim()
  if (!isClientName(name)) throw new Error('invalid client name')
  const key = `smk_${randomBytes(32).toString('base64url')}`
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { client: name, digest: hashToken(key), createdByEmail: actor?.email ?? null },
    })
    await audit(actor, { action: 'api_key_created', subject: name }, tx)
    return created
  })
  return { id: row.id, key }
}

/** Every key, newest first (never the key, which is not stored). */
export async function listApiKeys() {
  return db().apiKey.findMany({
    orderBy: { createdAt: 'desc' },
    select: { id: true, client: true, createdAt: true, createdByEmail: true, revokedAt: true },
  })
}

/** Revokes a key at once: requests with it get 401 from now on. False when there is no such live key. */
export async function revokeApiKey(id: string, actor: Actor): Promise<boolean> {
  const revoked = await db().$transaction(async (tx) => {
    const found = await tx.apiKey.findFirst({ where: { id, revokedAt: null } })
    if (!found) return false
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } })
    await audit(actor, { action: 'api_key_revoked', subject: found.client }, tx)
    return true
  })
  // Refused here at once; other instances forget their keys on the trigger's NOTIFY.
  if (revoked) forgetVerifiedKeys()
  return revoked
}

/**
 * The client of a live key given as `Authorization: Bearer <key>`; null for none or a dead key; 'unavailable'
 * when the database cannot say and this process has not verified the key in the last hour. A key this process
 * verified since the last change to api_keys costs no query (verified-keys.ts).
 */
export async function clientOfAuthorization(header: string | null): Promise<string | null | 'unavailable'> {
  const match = /^Bearer[ \t]+(smk_[A-Za-z0-9_-]{43})[ \t]*$/i.exec(header ?? '')
  if (!match) return null
  const digest = hashToken(match[1]!)
  const known = verifiedClient(digest)
  if (known) return known
  const generation = keysGeneration()
  try {
    const row = await db().apiKey.findFirst({ where: { digest, revokedAt: null } })
    remember(digest, row?.client ?? null, generation)
    return row?.client ?? null
  } catch {
    return clientWhileDown(digest) ?? 'unavailable'
  }
}
