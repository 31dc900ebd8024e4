// Test helper, independent of the flow-based audit: enumerates every table an attacker could believe in.
// Model (docs/decisions/0008-statistics-disclosure-control.md): published cells exact; "<5" is 1–4; a hidden cell
// is 5+; the grand total is known exactly when 0 or 5+, otherwise only as 1–4; row and column totals are known
// exactly when `margins` says 'published', as 1–4 when 'primary', as 5+ when 'secondary'.
import type { CellStatus } from '@/lib/stats/suppress'

const range = (t: number): [number, number] => (t >= 1 && t <= 4 ? [1, 4] : [t, t])
const marginRange = (t: number, s: CellStatus): [number, number] =>
  s === 'published' ? [t, t] : s === 'primary' ? [1, 4] : [5, Infinity]

/** For each cell, the set of values it takes across all tables consistent with what is published. */
export function possibleValues(
  values: number[][],
  status: CellStatus[][],
  margins: { rows: CellStatus[]; columns: CellStatus[] },
): Set<number>[][] {
  const rows = values.length
  const cols = values[0]?.length ?? 0
  const rowT = values.map((r) => r.reduce((a, b) => a + b, 0))
  const colT = Array.from({ length: cols }, (_, j) => values.reduce((a, r) => a + r[j]!, 0))
  const grand = rowT.reduce((a, b) => a + b, 0)
  const seen = values.map((r) => r.map(() => new Set<number>()))
  const guess = values.map((r) => r.map(() => 0))
  const colSum = new Array<number>(cols).fill(0)
  const walk = (i: number, j: number, rowSum: number, total: number): void => {
    if (j === cols) {
      const [lo, hi] = marginRange(rowT[i]!, margins.rows[i]!)
      if (rowSum < lo || rowSum > hi) return
      if (i + 1 < rows) return walk(i + 1, 0, 0, total)
      if (
        colT.some(
          (t, c) =>
            colSum[c]! < marginRange(t, margins.columns[c]!)[0] || colSum[c]! > marginRange(t, margins.columns[c]!)[1],
        )
      )
        return
      if (total < range(grand)[0] || total > range(grand)[1]) return
      guess.forEach((r, a) => r.forEach((v, b) => seen[a]![b]!.add(v)))
      return
    }
    const s = status[i]![j]!
    const [lo, hi] = s === 'published' ? [values[i]![j]!, values[i]![j]!] : s === 'primary' ? [1, 4] : [5, Infinity]
    const cap = Math.min(
      hi,
      range(grand)[1] - total,
      marginRange(rowT[i]!, margins.rows[i]!)[1] - rowSum,
      marginRange(colT[j]!, margins.columns[j]!)[1] - colSum[j]!,
    )
    for (let v = lo; v <= cap; v++) {
      guess[i]![j] = v
      colSum[j]! += v
      walk(i, j + 1, rowSum + v, total + v)
      colSum[j]! -= v
    }
  }
  if (rows && cols) walk(0, 0, 0, 0)
  return seen
}
