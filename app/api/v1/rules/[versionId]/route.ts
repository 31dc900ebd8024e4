// GET /api/v1/rules/{versionId}: one rule-set version, every value with its source and verification date.
import { screeningHistory } from '@/lib/db/history'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: RouteContext<'/api/v1/rules/[versionId]'>) {
  const { versionId } = await params
  const version = (await screeningHistory()).find((v) => v.id === versionId)
  return version ? Response.json(version) : Response.json({ error: 'not_found' }, { status: 404 })
}
