import { currentRulesVersionId } from '@/lib/db/rule-versions'
import { outboxCounts } from '@/lib/outcomes/outbox'

export const dynamic = 'force-dynamic'

/**
 * GET /api/health, always 200 while the app serves (a person can still get a result without the database):
 *   { status: 'ok' | 'degraded', database: 'up' | 'down', outbox: { pending: number, rejected: number },
 *     rulesVersion: string | null }
 * `degraded` when the database does not answer within 1.5 s, or outcomes wait in the outbox (pending) or were set
 * aside by the database (rejected, for a person to look at). docs/decisions/0005-outcome-storage.md
 */
export async function GET() {
  const [rulesVersion, outbox] = [await currentRulesVersionId(), outboxCounts()]
  const database = rulesVersion === undefined ? 'down' : 'up'
  const healthy = database === 'up' && outbox.pending === 0 && outbox.rejected === 0
  return Response.json({ status: healthy ? 'ok' : 'degraded', database, outbox, rulesVersion: rulesVersion ?? null })
}
