// GET /api/v1/programmes: every programme the screener checks, with its versions (summaries).
import { programmeList } from '@/lib/api/programme-list'
import { screeningProgrammes } from '@/lib/db/programmes'
import { todayIso } from '@/lib/rules/dates'

export const dynamic = 'force-dynamic'

export async function GET() {
  return Response.json(programmeList(await screeningProgrammes(), todayIso()))
}
