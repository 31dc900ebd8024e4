// GET /api/v1/rules: every rule-set version (summaries); the full documents are at /api/v1/rules/{versionId}.
import { screeningHistory } from '@/lib/db/history'
import { todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'

export const dynamic = 'force-dynamic'

export async function GET() {
  const history = await screeningHistory()
  const inForce = versionInForce(history, todayIso()).id
  return Response.json({
    inForce,
    versions: history.map((v) => ({
      id: v.id,
      effectiveFrom: v.effectiveFrom,
      note: v.note,
      href: `/api/v1/rules/${v.id}`,
    })),
  })
}
