// GET /api/app/rules: the published rule history for the questionnaire in the browser, with its fingerprint as
// the ETag. The service worker keeps the last copy and asks again with If-None-Match whenever a page loads
// online, so a device gets a newly published version on its next connection and pays nothing when none is.
import { createHash } from 'node:crypto'

import { screeningHistory } from '@/lib/db/history'
import { todayIso } from '@/lib/rules/dates'
import type { History } from '@/lib/rules/schema'

export const dynamic = 'force-dynamic'

// One digest per history read (the history object changes only when rule_versions does).
const digests = new WeakMap<History, { fingerprint: string; body: string }>()

function documentOf(history: History): { fingerprint: string; body: string } {
  let found = digests.get(history)
  if (!found) {
    const json = JSON.stringify(history)
    const fingerprint = createHash('sha256').update(json).digest('hex').slice(0, 32)
    found = { fingerprint, body: json }
    digests.set(history, found)
  }
  return found
}

export async function GET(request: Request) {
  const { fingerprint, body } = documentOf(await screeningHistory())
  const etag = `"${fingerprint}"`
  const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json' }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  // The day of this download, for "rules as downloaded on …" on the device.
  return new Response(`{"fingerprint":"${fingerprint}","downloadedOn":"${todayIso()}","history":${body}}`, { headers })
}
