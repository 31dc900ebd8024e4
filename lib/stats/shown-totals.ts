// A total as published. Totals add up only the published counts, so a line whose every non-zero count is "<5"
// or hidden would show 0 next to a "<5": a reader takes that for "nobody". Such a total is hidden instead.
import type { ShownCell, SuppressedTable } from './suppress'

/** The total of a line as published: its count, or hidden when it is 0 only because its counts are suppressed. */
function shownTotal(total: number, line: ShownCell[]): ShownCell {
  return total === 0 && line.some((c) => c.kind !== 'count') ? { kind: 'hidden' } : { kind: 'count', value: total }
}

/** Row totals, column totals and the grand total of a table, as published. */
export function shownTotals(table: SuppressedTable) {
  const all = table.cells.flat()
  return {
    rows: table.rowTotals.map((n, i) => shownTotal(n, table.cells[i]!)),
    columns: table.columnTotals.map((n, j) =>
      shownTotal(
        n,
        table.cells.map((row) => row[j]!),
      ),
    ),
    total: shownTotal(table.total, all),
  }
}
