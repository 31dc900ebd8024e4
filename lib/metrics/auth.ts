// Who may read /api/metrics: a scraper holding METRICS_TOKEN. Without a token set the endpoint does not exist.
import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (text: string) => createHash('sha256').update(text).digest()

/** "not_found" when METRICS_TOKEN is unset, "unauthorized" without the right bearer token, else "ok". */
export function metricsAccess(authorization: string | null): 'ok' | 'unauthorized' | 'not_found' {
  const token = process.env.METRICS_TOKEN
  if (!token) return 'not_found'
  const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? ''
  // Compared as digests: equal lengths for timingSafeEqual, and no timing hint about the token's length.
  return timingSafeEqual(digest(given), digest(token)) ? 'ok' : 'unauthorized'
}
