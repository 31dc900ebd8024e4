import 'server-only'

import { countOutcomes, lastScreeningDay, rulesVersionsIn } from '@/lib/db/stats'
import { effectiveRange, type StatsQuery } from '@/lib/stats/filters'
import { buildStatsTable } from '@/lib/stats/table'

/** Everything the page and the CSV show for one query: the same suppressed table, dates and rules versions. */
export async function loadStatsView(query: StatsQuery) {
  const lastDay = await lastScreeningDay()
  const [counts, rulesVersions] = await Promise.all([countOutcomes(query, lastDay), rulesVersionsIn(query, lastDay)])
  return { table: buildStatsTable(query.view, counts), range: effectiveRange(query, lastDay), rulesVersions }
}
