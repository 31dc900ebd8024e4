// POST /api/v1/eligibility { answers, asOf? } → the Safe Mobility evaluation (the same fields as before) plus
// `programmes`, every programme evaluated; `?lang=` or Accept-Language adds Safe Mobility's sentences.
// Stores nothing (POST /api/v1/screenings evaluates and stores).
import { eligibilityRequestSchema, maxRequestBytes } from '@/lib/api/eligibility-schema'
import { evaluateScreening } from '@/lib/api/evaluate-screening'
import { parseJsonRequest } from '@/lib/api/json-request'
import { apiLanguage } from '@/lib/api/language'
import { localizeEvaluation } from '@/lib/api/messages'
import { directRoute } from '@/lib/http/direct-route'
import { todayIso } from '@/lib/rules/dates'

export const dynamic = 'force-dynamic'

export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = directRoute('eligibility', evaluateOnly)

async function evaluateOnly(request: Request) {
  const parsed = await parseJsonRequest(request, eligibilityRequestSchema, maxRequestBytes)
  if ('response' in parsed) return parsed.response
  const { answers, asOf = todayIso() } = parsed.data
  const { evaluation, programmes } = await evaluateScreening(answers, asOf)
  const lng = apiLanguage(request)
  const messages = lng ? { messages: localizeEvaluation(evaluation, answers, lng) } : {}
  return Response.json({ ...evaluation, ...messages, programmes })
}
