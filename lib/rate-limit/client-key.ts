import { createHmac } from 'node:crypto'

import { clientAddressOf } from '@/lib/http/client-address'
import { serverSecret } from '@/lib/server-secret'

/** The secret of the keyed hash: RATE_LIMIT_SECRET, else ADMIN_THROTTLE_SECRET, else one made under .data/. */
function secret(): string {
  if (!process.env.RATE_LIMIT_SECRET && process.env.ADMIN_THROTTLE_SECRET) return process.env.ADMIN_THROTTLE_SECRET
  return serverSecret('RATE_LIMIT_SECRET', 'rate-limit.secret')
}

/** A keyed hash (HMAC-SHA-256) of a value that must be counted but never kept, e.g. a client address. */
export function limitKey(...parts: string[]): string {
  return createHmac('sha256', secret()).update(parts.join('\n')).digest('base64url')
}

/** The rate-limit key of the client that sent these headers (TRUSTED_PROXY_HOPS picks the address). */
export function clientKey(h: Headers): string {
  return limitKey('client', clientAddressOf(h))
}
