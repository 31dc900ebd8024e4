// POST /api/v1/screenings: evaluate answers and store the anonymised outcome with channel "api" (issue 5).
// Request and response: lib/outcomes/api-schema.ts (also the OpenAPI source).
import { randomUUID } from 'node:crypto'
import { evaluate } from '@/lib/rules/evaluate'
import { currentHistory } from '@/lib/db/cached-history'
import { fallbackLng } from '@/lib/i18n/settings'
import { recordOutcome } from '@/lib/outcomes/record'
import { issueCodes } from '@/lib/outcomes/api-errors'
import { readBody } from '@/lib/outcomes/read-body'
import {
  idempotencyKeyHeader, idempotencyKeySchema, maxScreeningRequestBytes, screeningRequestSchema,
  type ScreeningError, type ScreeningResponse,
} from '@/lib/outcomes/api-schema'

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  const text = await readBody(request, maxScreeningRequestBytes)
  if (text === null) return fail(413, { error: 'payload_too_large' })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return fail(400, { error: 'invalid_json' })
  }
  const headerKey = request.headers.get(idempotencyKeyHeader)
  const key = headerKey === null ? null : idempotencyKeySchema.safeParse(headerKey)
  const parsed = screeningRequestSchema.safeParse(json)
  if (!parsed.success || key?.success === false) {
    const issues = [
      ...(key?.success === false ? [{ path: `header:${idempotencyKeyHeader}`, code: 'invalid_idempotency_key' }] : []),
      ...(parsed.success ? [] : issueCodes(parsed.error)),
    ]
    return fail(400, { error: 'invalid_request', issues })
  }
  const { answers, asOf = new Date().toISOString().slice(0, 10), locale = fallbackLng } = parsed.data
  const evaluation = evaluate(await currentHistory(), answers, asOf)
  const { resultCode } = await recordOutcome({
    evaluation, answers, locale, channel: 'api', idempotencyKey: `api:${key?.data ?? randomUUID()}`,
  })
  return Response.json({ resultCode, evaluation } satisfies ScreeningResponse, { status: 201 })
}

function fail(status: number, body: ScreeningError) {
  return Response.json(body, { status })
}
