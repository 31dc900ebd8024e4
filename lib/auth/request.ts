import 'server-only'

import { headers } from 'next/headers'
import { forbidden } from 'next/navigation'

/** Whether a request comes from this site: its Origin (when sent) is this host, and Sec-Fetch-Site is not cross-site. */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get('origin')
  const host = h.get('x-forwarded-host') ?? h.get('host')
  if (origin !== null) {
    let originHost: string | null = null
    try {
      originHost = new URL(origin).host
    } catch {
      /* "null" or malformed */
    }
    if (originHost === null || originHost !== host) return false
  }
  const site = h.get('sec-fetch-site')
  return site === null || site === 'same-origin' || site === 'none'
}

/**
 * Refuses a state-changing request that another site sent (CSRF), on top of Next's own Origin check for
 * server actions and the SameSite=Lax cookie.
 */
export async function assertSameOrigin(): Promise<void> {
  if (!isSameOrigin(await headers())) forbidden()
}

/**
 * The client address, used only as a keyed hash for login throttling. Each trusted proxy (TRUSTED_PROXY_HOPS,
 * default 0) appends the address it saw to X-Forwarded-For, so the entry that many places from the end cannot be
 * forged. Without a proxy Next fills the header with the socket address only when the client sent none, so a
 * client can then vary it and spread its failures over several counters; the per-account lockout still holds.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers()
  const hops = Math.max(1, Number(process.env.TRUSTED_PROXY_HOPS ?? 0))
  const chain = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  return chain[chain.length - hops] ?? chain[0] ?? h.get('x-real-ip') ?? 'unknown'
}
