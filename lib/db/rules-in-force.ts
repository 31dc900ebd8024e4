import 'server-only'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp, withDeadline } from './availability'
import { db } from './prisma'

/**
 * The id of the rules version in force today; null when none; undefined when the database looks down or gives
 * no answer within OUTCOME_DB_TIMEOUT_MS (which then marks it down for every caller).
 */
export async function rulesVersionInForceId(): Promise<string | null | undefined> {
  if (databaseLooksDown()) return undefined
  try {
    const rows = await withDeadline(
      db().$queryRaw<{ id: string }[]>`
        SELECT id FROM rule_versions WHERE effective_from <= CURRENT_DATE ORDER BY effective_from DESC LIMIT 1`,
    )
    markDatabaseUp()
    return rows[0]?.id ?? null
  } catch {
    markDatabaseDown()
    return undefined
  }
}
