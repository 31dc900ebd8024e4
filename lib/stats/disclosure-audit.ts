// The attacker model behind secondary suppression (docs/decisions/0008-statistics-disclosure-control.md).
// Someone who sees a table knows: every published cell; that a "<5" cell is 1–4; that a secondary-hidden cell is
// 5 or more (zeros are never hidden); and, worst case, the TRUE row, column and grand totals — exactly when a total
// is 0 or 5+ — because other views and filters can reveal them; except totals that are small themselves, or
// needed to protect a small total (margins.ts), which are known only as "1–4" or "5 or more".
import { type BoundedEdge, hasFeasibleCirculation } from './feasible-flow'

export type CellStatus = 'published' | 'primary' | 'secondary'

/** Smallest and largest count that primary suppression hides (UNHCR practice: 1 to 4). */
export const SMALL_MIN = 1
export const SMALL_MAX = 4

/** What the attacker is assumed to know about the grand total: exact when 0 or 5+, otherwise only 1–4. */
function knownTotalRange(total: number): [number, number] {
  return total >= SMALL_MIN && total <= SMALL_MAX ? [SMALL_MIN, SMALL_MAX] : [total, total]
}

/** Which row and column totals are known exactly ('published') or only as a range (see margins.ts). */
export interface MarginStatus {
  rows: CellStatus[]
  columns: CellStatus[]
}

/** What the attacker knows about one cell, given how it is shown. */
function knownCellRange(value: number, status: CellStatus, ceiling: number): [number, number] {
  if (status === 'primary') return [SMALL_MIN, SMALL_MAX]
  if (status === 'secondary') return [SMALL_MAX + 1, Math.max(SMALL_MAX + 1, ceiling)]
  return [value, value]
}

/**
 * Hidden cells whose true value is the only one that fits everything the attacker knows. `safe` (cell keys
 * i * columns + j) skips cells already shown safe and collects new ones: hiding more cells only widens what the
 * attacker must consider, so a safe cell stays safe.
 */
export function exposedCells(
  values: number[][],
  status: CellStatus[][],
  margins: MarginStatus,
  stopAtFirst = false,
  safe = new Set<number>(),
): Array<[number, number]> {
  const rows = values.length
  const cols = values[0]?.length ?? 0
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  const rowTotals = values.map(sum)
  const colTotals = Array.from({ length: cols }, (_, j) => sum(values.map((r) => r[j]!)))
  const grand = sum(rowTotals)
  const ceiling = knownTotalRange(grand)[1]
  const pub = (i: number, j: number) => (status[i]![j] === 'published' ? values[i]![j]! : 0)

  // Nodes: 0 source, 1 sink, rows, columns. Only hidden cells are unknowns; published cells are subtracted.
  const margin = (from: number, to: number, [lo, hi]: [number, number], published: number): BoundedEdge => ({
    from,
    to,
    lower: Math.max(0, lo - published),
    upper: hi - published,
  })
  const pubRows = values.map((row, i) => sum(row.map((_, j) => pub(i, j))))
  const fixed: BoundedEdge[] = [margin(1, 0, knownTotalRange(grand), sum(pubRows))]
  for (let i = 0; i < rows; i++) {
    fixed.push(margin(0, 2 + i, knownCellRange(rowTotals[i]!, margins.rows[i]!, ceiling), pubRows[i]!))
  }
  for (let j = 0; j < cols; j++) {
    fixed.push(
      margin(
        2 + rows + j,
        1,
        knownCellRange(colTotals[j]!, margins.columns[j]!, ceiling),
        sum(values.map((_, i) => pub(i, j))),
      ),
    )
  }
  const hidden: Array<{ i: number; j: number; edge: BoundedEdge }> = []
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (status[i]![j] === 'published') continue
      const [lower, upper] = knownCellRange(values[i]![j]!, status[i]![j]!, ceiling)
      hidden.push({ i, j, edge: { from: 2 + i, to: 2 + rows + j, lower, upper } })
    }
  }

  const nodes = 2 + rows + cols
  const feasibleWith = (k: number, lower: number, upper: number) =>
    lower <= upper &&
    hasFeasibleCirculation(nodes, [...fixed, ...hidden.map((h, x) => (x === k ? { ...h.edge, lower, upper } : h.edge))])
  const exposed: Array<[number, number]> = []
  for (let k = 0; k < hidden.length; k++) {
    const { i, j, edge } = hidden[k]!
    const v = values[i]![j]!
    if (safe.has(i * cols + j)) continue
    if (feasibleWith(k, edge.lower, v - 1) || feasibleWith(k, v + 1, edge.upper)) safe.add(i * cols + j)
    else {
      exposed.push([i, j])
      if (stopAtFirst) break
    }
  }
  return exposed
}
