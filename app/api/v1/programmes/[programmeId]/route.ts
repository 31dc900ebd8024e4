// GET /api/v1/programmes/{programmeId}: one programme as published, every version and value with its source.
import { screeningProgrammes } from '@/lib/db/programmes'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: RouteContext<'/api/v1/programmes/[programmeId]'>) {
  const { programmeId } = await params
  const programme = (await screeningProgrammes()).find((p) => p.id === programmeId)
  return programme ? Response.json(programme) : Response.json({ error: 'not_found' }, { status: 404 })
}
