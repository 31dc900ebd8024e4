// POST /api/v1/eligibility { answers, asOf? } → the evaluation; `?lang=` or Accept-Language adds sentences.
// Stores nothing (POST /api/v1/screenings evaluates and stores).
import { eligibilityRequestSchema, maxRequestBytes } from '@/lib/api/eligibility-schema'
import { parseJsonRequest } from '@/lib/api/json-request'
import { apiLanguage } from '@/lib/api/language'
import { localizeEvaluation } from '@/lib/api/messages'
import { screeningHistory } from '@/lib/db/history'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  const parsed = await parseJsonRequest(request, eligibilityRequestSchema, maxRequestBytes)
  if ('response' in parsed) return parsed.response
  const { answers, asOf = todayIso() } = parsed.data
  const evaluation = evaluate(await screeningHistory(), answers, asOf)
  const lng = apiLanguage(request)
  return Response.json(lng ? { ...evaluation, messages: localizeEvaluation(evaluation, answers, lng) } : evaluation)
}
