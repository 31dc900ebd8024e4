// POST /api/v1/screenings: evaluate answers and store the anonymised outcome with channel "api" (issue 5).
// Request and response: lib/outcomes/api-schema.ts (also in the OpenAPI document, lib/api/openapi.ts).
import { randomUUID } from 'node:crypto'

import { parseJsonRequest } from '@/lib/api/json-request'
import { apiLanguage } from '@/lib/api/language'
import { localizeIssues } from '@/lib/api/messages'
import { writeAccess } from '@/lib/api/write-access'
import { todayIso } from '@/lib/dates'
import { screeningHistory } from '@/lib/db/history'
import { fallbackLng } from '@/lib/i18n/settings'
import {
  idempotencyKeyHeader,
  idempotencyKeySchema,
  maxScreeningRequestBytes,
  type ScreeningError,
  screeningRequestSchema,
  type ScreeningResponse,
} from '@/lib/outcomes/api-schema'
import { recordOutcome } from '@/lib/outcomes/record'
import { evaluate } from '@/lib/rules'

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  // Only known partners write: a key names the client each stored outcome is attributed to.
  const access = await writeAccess(request)
  if ('response' in access) return access.response
  const header = request.headers.get(idempotencyKeyHeader)
  const key = header === null ? null : idempotencyKeySchema.safeParse(header)
  if (key?.success === false) {
    const issues = localizeIssues(
      [{ path: `header:${idempotencyKeyHeader}`, code: 'invalid_idempotency_key' }],
      apiLanguage(request) ?? fallbackLng,
    )
    return Response.json({ error: 'invalid_request', issues }, { status: 400 })
  }
  const parsed = await parseJsonRequest(request, screeningRequestSchema, maxScreeningRequestBytes)
  if ('response' in parsed) return parsed.response
  const { answers, asOf = todayIso(), locale = fallbackLng } = parsed.data
  const evaluation = evaluate(await screeningHistory(), answers, asOf)
  // Without a key every request is a new screening; API keys live apart from the questionnaire's.
  const idempotencyKey = `api:${key?.data ?? randomUUID()}`
  try {
    const { resultCode } = await recordOutcome({
      evaluation,
      answers,
      locale,
      channel: 'api',
      apiClient: access.client,
      idempotencyKey,
    })
    return Response.json({ resultCode, evaluation } satisfies ScreeningResponse, { status: 201 })
  } catch (error) {
    // Neither the database nor the outbox could take the outcome: say so rather than hand out a code for nothing.
    console.error('[screenings] outcome not stored:', (error as Error).message)
    return Response.json({ error: 'not_stored' } satisfies ScreeningError, {
      status: 503,
      headers: { 'Retry-After': '30' },
    })
  }
}
