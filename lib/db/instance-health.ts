import 'server-only'

import { todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp, withDeadline } from './availability'
import { rulesListenerConnected, screeningHistory } from './history'
import { db } from './prisma'

/**
 * What this instance knows of the database and the rules, for /api/health. Asks the database nothing while the
 * rules listener is connected and no recent failure says it is down: a health check every few seconds from each
 * proxy then costs no query. While the listener is not connected (starting, or after a drop) one `SELECT 1`
 * tells up from down. The rules version is the one in force today in the history in memory.
 */
export async function instanceHealth(): Promise<{ database: 'up' | 'down'; rulesVersion: string }> {
  const history = await screeningHistory()
  const rulesVersion = versionInForce(history, todayIso()).id
  if (databaseLooksDown()) return { database: 'down', rulesVersion }
  if (rulesListenerConnected()) return { database: 'up', rulesVersion }
  try {
    await withDeadline(db().$queryRaw`SELECT 1`)
    markDatabaseUp()
    return { database: 'up', rulesVersion }
  } catch {
    markDatabaseDown()
    return { database: 'down', rulesVersion }
  }
}
