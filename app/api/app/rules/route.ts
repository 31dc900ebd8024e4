// GET /api/app/rules: every programme to screen with, Safe Mobility's published rule history included, for the
// questionnaire in the browser, with a fingerprint as the ETag. The service worker keeps the last copy and asks
// again with If-None-Match when a page loads online, so a device gets a newly published version on its next
// connection and pays nothing when there is none.
import { createHash } from 'node:crypto'

import { screeningProgrammes } from '@/lib/db/programmes'
import { todayIso } from '@/lib/rules/dates'
import type { AnyProgramme } from '@/lib/rules/programmes/evaluate'

export const dynamic = 'force-dynamic'

// One digest per read of the rules (the other programmes are shipped: only Safe Mobility's history changes).
const digests = new WeakMap<object, { fingerprint: string; body: string }>()

function documentOf(programmes: AnyProgramme[]): { fingerprint: string; body: string } {
  const history = programmes.find((p) => p.engine === 'safe-mobility')?.history ?? programmes
  let found = digests.get(history)
  if (!found) {
    const body = JSON.stringify(programmes)
    found = { fingerprint: createHash('sha256').update(body).digest('hex').slice(0, 32), body }
    digests.set(history, found)
  }
  return found
}

export async function GET(request: Request) {
  const { fingerprint, body } = documentOf(await screeningProgrammes())
  const etag = `"${fingerprint}"`
  const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json' }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  // The day of this download, for "rules as downloaded on …" on the device.
  return new Response(`{"fingerprint":"${fingerprint}","downloadedOn":"${todayIso()}","programmes":${body}}`, {
    headers,
  })
}
