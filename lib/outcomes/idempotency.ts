import { createHash } from 'node:crypto'

/**
 * The stored form of an idempotency key: its SHA-256. The key itself may be chosen by an API client (free text),
 * so it is never stored, neither in the database nor in the outbox.
 */
export function idempotencyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}
