import { instanceHealth } from '@/lib/db/instance-health'
import { outboxCounts } from '@/lib/outcomes/outbox'

export const dynamic = 'force-dynamic'

/**
 * GET /api/health, always 200 while the app serves (a person can still get a result without the database):
 *   { status: 'ok' | 'degraded', database: 'up' | 'down', outbox: { pending: number, rejected: number },
 *     rulesVersion: string | null }
 * `degraded` while the database looks down or outcomes wait in the outbox (pending). Outcomes the database
 * refused for good (rejected) are set aside for a person to look at and counted, but do not keep the app
 * degraded: nothing retrying can store them. docs/decisions/0005-outcome-storage.md
 * Answered from this instance's state (lib/db/instance-health.ts): no rules query per call.
 */
export async function GET() {
  const { database, rulesVersion } = await instanceHealth()
  const outbox = outboxCounts()
  const healthy = database === 'up' && outbox.pending === 0
  return Response.json(
    { status: healthy ? 'ok' : 'degraded', database, outbox, rulesVersion },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
