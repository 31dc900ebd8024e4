// Small-cell suppression for published statistics. Why: humanitarian practice (UNHCR's published statistics)
// hides counts of 1 to 4 and leaves them out of totals, so that no small group of people can be singled out
// (docs/decisions/0008-statistics-disclosure-control.md). Pure: no framework imports.
import { type CellStatus, exposedCells, type MarginStatus, SMALL_MAX, SMALL_MIN } from './disclosure-audit'
import { protectTotals } from './margins'

export type { CellStatus } from './disclosure-audit'

/** A cell as published: a count, "<5" (small), or hidden so that a small cell cannot be worked out. */
export type ShownCell = { kind: 'count'; value: number } | { kind: 'small' } | { kind: 'hidden' }

/** A table ready to publish. Totals add up only the published counts. */
export interface SuppressedTable {
  cells: ShownCell[][]
  rowTotals: number[]
  columnTotals: number[]
  total: number
}

/** Which true totals an attacker may know exactly (margins.ts): every one but small ones and their protectors. */
export function marginStatus(values: number[][]): MarginStatus {
  const lines = linesOf(values)
  return {
    rows: protectTotals(lines.slice(0, values.length).map((l) => l.total)),
    columns: protectTotals(lines.slice(values.length).map((l) => l.total)),
  }
}

/** Which cells to hide: 1–4 (primary), then more until none of them can be derived (secondary). */
export function suppressionPattern(values: number[][]): CellStatus[][] {
  const status: CellStatus[][] = values.map((row) =>
    row.map((v): CellStatus => (v >= SMALL_MIN && v <= SMALL_MAX ? 'primary' : 'published')),
  )
  const lines = linesOf(values)
  const margins = marginStatus(values)
  const exact = [...margins.rows, ...margins.columns].map((s) => s === 'published')
  // Cheap rule first (the usual one): a line with an exact total and one hidden cell gets its next-smallest
  // cell hidden too; repeat, since that can leave another line with one hidden cell.
  for (let changed = true; changed;) {
    changed = false
    lines.forEach((line, k) => {
      const hidden = line.cells.filter(([i, j]) => status[i]![j] !== 'published')
      if (hidden.length === 1 && exact[k] && line.total > SMALL_MAX)
        changed = hideSmallest(values, status, line.cells) || changed
    })
  }
  // Then an exact audit (cycles, bounds, bridges between lines): fix each exposure until none is left,
  // or until every non-zero cell is hidden (the true totals alone then determine the cell; nothing more to do).
  const safe = new Set<number>()
  for (;;) {
    const [first] = exposedCells(values, status, margins, true, safe)
    if (!first) return status
    const [i, j] = first
    const near = [...lines[i]!.cells, ...lines[values.length + j]!.cells]
    if (
      !hideSmallest(values, status, near) &&
      !hideSmallest(
        values,
        status,
        lines.flatMap((l) => l.cells),
      )
    )
      return status
  }
}

/** Applies suppressionPattern and computes the totals of what is shown. */
export function suppressTable(values: number[][]): SuppressedTable {
  const status = suppressionPattern(values)
  const shown = values.map((row, i) => row.map((v, j) => (status[i]![j] === 'published' ? v : 0)))
  const rowTotals = shown.map((row) => row.reduce((a, b) => a + b, 0))
  const columnTotals = (values[0] ?? []).map((_, j) => shown.reduce((a, row) => a + row[j]!, 0))
  return {
    cells: values.map((row, i) =>
      row.map((v, j): ShownCell => {
        const s = status[i]![j]
        return s === 'primary'
          ? { kind: 'small' }
          : s === 'secondary'
            ? { kind: 'hidden' }
            : { kind: 'count', value: v }
      }),
    ),
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((a, b) => a + b, 0),
  }
}

interface Line {
  cells: Array<[number, number]>
  total: number
}

/** Rows first, then columns, each with its cells and true total. */
function linesOf(values: number[][]): Line[] {
  const rows = values.map((row, i): Line => ({
    cells: row.map((_, j) => [i, j]),
    total: row.reduce((a, b) => a + b, 0),
  }))
  const cols = (values[0] ?? []).map((_, j): Line => ({
    cells: values.map((_, i) => [i, j]),
    total: values.reduce((a, row) => a + row[j]!, 0),
  }))
  return [...rows, ...cols]
}

/** Hides the smallest published non-zero cell among `cells` (zeros stay: hiding one protects nothing). */
function hideSmallest(values: number[][], status: CellStatus[][], cells: Array<[number, number]>): boolean {
  let best: [number, number] | undefined
  for (const [i, j] of cells) {
    const v = values[i]![j]!
    if (status[i]![j] === 'published' && v > 0 && (!best || v < values[best[0]]![best[1]]!)) best = [i, j]
  }
  if (!best) return false
  status[best[0]]![best[1]] = 'secondary'
  return true
}
