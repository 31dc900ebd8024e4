// POST /api/v1/screenings: evaluate answers and store the anonymised outcome with channel "api" (decision 0005),
// one row per programme of the host country beside it.
// Request and response: lib/api/api-schema.ts (also in the OpenAPI document, lib/api/openapi.ts).
import { randomUUID } from 'node:crypto'

import {
  idempotencyKeyHeader,
  idempotencyKeySchema,
  maxScreeningRequestBytes,
  type ScreeningError,
  screeningRequestSchema,
  type ScreeningResponse,
} from '@/lib/api/api-schema'
import { evaluateScreening } from '@/lib/api/evaluate-screening'
import { parseJsonRequest } from '@/lib/api/json-request'
import { apiLanguage } from '@/lib/api/language'
import { localizeIssues } from '@/lib/api/messages'
import { writeAccess } from '@/lib/api/write-access'
import { directRoute } from '@/lib/http/direct-route'
import { fallbackLng } from '@/lib/i18n/settings'
import { errorFields, requestLog } from '@/lib/log'
import { recordOutcome } from '@/lib/outcomes/record'
import { todayIso } from '@/lib/rules/dates'

export const dynamic = 'force-dynamic'

export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = directRoute('screenings', store)

async function store(request: Request) {
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
  const { evaluation, programmes } = await evaluateScreening(answers, asOf)
  // Without a key every request is a new screening; API keys live apart from the questionnaire's.
  const idempotencyKey = `api:${key?.data ?? randomUUID()}`
  try {
    const { resultCode, sameAnswers } = await recordOutcome({
      evaluation,
      programmes,
      answers,
      locale,
      channel: 'api',
      apiClient: access.client,
      idempotencyKey,
    })
    requestLog(request.headers).info({ event: 'screening_stored', channel: 'api' })
    if (!sameAnswers) {
      const issues = localizeIssues(
        [{ path: `header:${idempotencyKeyHeader}`, code: 'idempotency_key_reused' }],
        apiLanguage(request) ?? fallbackLng,
      )
      return Response.json({ error: 'idempotency_key_reused', issues } satisfies ScreeningError, { status: 422 })
    }
    return Response.json({ resultCode, evaluation, programmes } satisfies ScreeningResponse, { status: 201 })
  } catch (error) {
    // Neither the database nor the outbox could take the outcome: say so rather than hand out a code for nothing.
    requestLog(request.headers).error({ event: 'outcome_not_stored', channel: 'api', ...errorFields(error) })
    return Response.json({ error: 'not_stored' } satisfies ScreeningError, {
      status: 503,
      headers: { 'Retry-After': '30' },
    })
  }
}
