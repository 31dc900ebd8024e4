import 'server-only'

import { headers } from 'next/headers'
import { forbidden } from 'next/navigation'

import { clientAddressOf } from '@/lib/http/client-address'

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

/** The client address of the current request (lib/http/client-address.ts), used only as a keyed hash. */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers())
}
