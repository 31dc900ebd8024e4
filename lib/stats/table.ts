// Turns counts from the database into the published table of a view. Pure.
import { type SuppressedTable, suppressTable } from './suppress'
import { channels, columnsOf, hostCountries, outcomes, statsLocales, type StatsView } from './views'

/** A view's table, ready to show: row keys, column keys and the suppressed cells and totals. */
export interface StatsTable extends SuppressedTable {
  view: StatsView
  rowKeys: string[]
  columnKeys: readonly string[]
}

/** Builds and suppresses a view's table. Rows follow a fixed order, never their size (sizes would hint at hidden cells). */
export function buildStatsTable(
  view: StatsView,
  counts: ReadonlyArray<{ key: string; outcome: string; count: number }>,
): StatsTable {
  const columnKeys = columnsOf(view)
  const fixedOrders: Partial<Record<StatsView, readonly string[]>> = {
    outcome: outcomes,
    'host-country': hostCountries,
    channel: channels,
    locale: statsLocales,
  }
  const fixed = fixedOrders[view]
  const present = [...new Set(counts.map((c) => c.key))]
  const rowKeys = fixed ? fixed.filter((k) => present.includes(k)) : present.sort()
  const extra = present.filter((k) => !rowKeys.includes(k)).sort() // a code the fixed list does not know yet
  const keys = [...rowKeys, ...extra]
  const values = keys.map(() => columnKeys.map(() => 0))
  for (const c of counts) {
    const i = keys.indexOf(c.key)
    const j = view === 'outcome' ? 0 : columnKeys.indexOf(c.outcome)
    if (i >= 0 && j >= 0) values[i]![j]! += c.count
  }
  return { view, rowKeys: keys, columnKeys, ...suppressTable(values) }
}
