import { db } from '@/lib/db/prisma'

export const dynamic = 'force-dynamic'

/** GET /api/health: 200 when the database answers, 503 when it does not. */
export async function GET() {
  try {
    const rows = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM rule_versions WHERE effective_from <= CURRENT_DATE ORDER BY effective_from DESC LIMIT 1`
    return Response.json({ status: 'ok', database: 'up', rulesVersion: rows[0]?.id ?? null })
  } catch {
    return Response.json({ status: 'error', database: 'down', rulesVersion: null }, { status: 503 })
  }
}
