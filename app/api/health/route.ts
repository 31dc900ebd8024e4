import { db } from '@/lib/db/prisma'
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
  const [rulesVersion, outbox] = [await currentRulesVersion(), outboxCounts()]
  const database = rulesVersion === undefined ? 'down' : 'up'
  const healthy = database === 'up' && outbox.pending === 0 && outbox.rejected === 0
  return Response.json({ status: healthy ? 'ok' : 'degraded', database, outbox, rulesVersion: rulesVersion ?? null })
}

/** The id of the rules version in force today; null when none; undefined when the database does not answer. */
async function currentRulesVersion(): Promise<string | null | undefined> {
  let timer: NodeJS.Timeout | undefined
  try {
    const rows = await Promise.race([
      db().$queryRaw<{ id: string }[]>`
        SELECT id FROM rule_versions WHERE effective_from <= CURRENT_DATE ORDER BY effective_from DESC LIMIT 1`,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 1_500))),
    ])
    return rows[0]?.id ?? null
  } catch {
    return undefined
  } finally {
    clearTimeout(timer)
  }
}
