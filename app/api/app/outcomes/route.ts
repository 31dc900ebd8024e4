// POST /api/app/outcomes: the app's own outcomes, screened in the browser (maybe without a connection) and sent
// later from the device's queue. No API key: a browser cannot keep a secret, so this endpoint takes only
// same-origin requests, is rate-limited per client like /api/v1/screenings (lib/http/direct-route.ts), and accepts only the
// whitelisted anonymised outcome (lib/outcomes/device-outcome.ts). Sending the same key again stores nothing new
// and answers the same result code, so a device retries safely.
import { parseJsonRequest } from '@/lib/api/json-request'
import { screeningProgrammes } from '@/lib/db/programmes'
import { directRoute } from '@/lib/http/direct-route'
import { errorFields, requestLog } from '@/lib/log'
import { deviceOutcomeSchema } from '@/lib/outcomes/device-outcome'
import { deviceOutcomeRow } from '@/lib/outcomes/device-row'
import { recordRow } from '@/lib/outcomes/record'

export const dynamic = 'force-dynamic'

const noStore = { 'Cache-Control': 'no-store' }

/** Only this site's own pages and service worker send outcomes here: an Origin header naming this host. */
function fromOwnPages(request: Request): boolean {
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host')
  const site = request.headers.get('sec-fetch-site')
  if (!origin || !host || (site !== null && site !== 'same-origin')) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = directRoute('deviceOutcomes', store)

async function store(request: Request) {
  if (!fromOwnPages(request)) return Response.json({ error: 'forbidden' }, { status: 403, headers: noStore })
  if (!/^application\/json[ \t]*(;|$)/i.test(request.headers.get('content-type') ?? ''))
    return Response.json({ error: 'unsupported_media_type' }, { status: 415, headers: noStore })
  const parsed = await parseJsonRequest(request, deviceOutcomeSchema, 16_384)
  if ('response' in parsed) return parsed.response
  const row = deviceOutcomeRow(parsed.data, await screeningProgrammes())
  // Not one of ours (unknown rules, a day out of range): the device drops it, so say it will never be stored.
  if (!row) return Response.json({ error: 'not_accepted' }, { status: 422, headers: noStore })
  try {
    const { resultCode } = await recordRow(row)
    requestLog(request.headers).info({ event: 'screening_stored', channel: row.channel })
    return Response.json({ resultCode }, { status: 201, headers: noStore })
  } catch (error) {
    requestLog(request.headers).error({ event: 'outcome_not_stored', channel: row.channel, ...errorFields(error) })
    return Response.json({ error: 'not_stored' }, { status: 503, headers: { ...noStore, 'Retry-After': '30' } })
  }
}
