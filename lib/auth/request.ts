import 'server-only'
import { forbidden } from 'next/navigation'
import { headers } from 'next/headers'

/**
 * Refuses a state-changing request that another site sent (CSRF), on top of Next's own Origin check for
 * server actions and the SameSite=Lax cookie: the Origin must be this host, and Sec-Fetch-Site not cross-site.
 */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers()
  const origin = h.get('origin')
  const host = h.get('x-forwarded-host') ?? h.get('host')
  if (origin !== null) {
    let originHost: string | null = null
    try { originHost = new URL(origin).host } catch { /* "null" or malformed */ }
    if (originHost === null || originHost !== host) forbidden()
  }
  const site = h.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin' && site !== 'none') forbidden()
}

/** The client address as the server sees it, used only as a keyed hash for login throttling. */
export async function clientAddress(): Promise<string> {
  const h = await headers()
  // Behind a proxy, the first X-Forwarded-For entry is the client address that proxy saw.
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown'
}
