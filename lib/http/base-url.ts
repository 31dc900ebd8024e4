import 'server-only'

import { headers } from 'next/headers'

/**
 * The public address of this site, for links that leave the screen (the QR code on a printed sheet):
 * $PUBLIC_BASE_URL when set (recommended behind a proxy), otherwise the request's own host.
 */
export async function publicBaseUrl(): Promise<string> {
  if (process.env.PUBLIC_BASE_URL) return process.env.PUBLIC_BASE_URL.replace(/\/$/, '')
  const h = await headers()
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost'
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host)
  return `${h.get('x-forwarded-proto') ?? (local ? 'http' : 'https')}://${host}`
}
