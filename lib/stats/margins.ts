// Which true totals (of rows, or of columns) an attacker may be assumed to know exactly. A total of 1–4 is a small
// group itself, and the grand total minus every other total would give it away; so it is treated as known only as
// "1–4", and the next-smallest totals as unknown too, until none of them can be worked out (same rule as cells).
import { type CellStatus, SMALL_MAX, SMALL_MIN } from './disclosure-audit'

/** Statuses for a list of totals whose sum is known: small ones, plus others until none can be derived. */
export function protectTotals(totals: readonly number[]): CellStatus[] {
  const status = totals.map((v): CellStatus => (v >= SMALL_MIN && v <= SMALL_MAX ? 'primary' : 'published'))
  const sum = totals.reduce((a, b) => a + b, 0)
  if (sum <= SMALL_MAX) return status // the sum is itself known only as 0 or "1–4"
  for (;;) {
    const hidden = totals.flatMap((v, k) => (status[k] === 'published' ? [] : [{ v, s: status[k]! }]))
    if (hidden.length === 0) return status
    const hiddenSum = hidden.reduce((a, h) => a + h.v, 0)
    const lowest = hidden.reduce((a, h) => a + (h.s === 'primary' ? SMALL_MIN : SMALL_MAX + 1), 0)
    const onlySmall = hidden.every((h) => h.s === 'primary')
    // Safe when two or more are hidden and they are neither all at their lowest nor (all small) all at 4:
    // then every hidden total can take at least two values (see margins.test.ts).
    if (hidden.length >= 2 && hiddenSum > lowest && !(onlySmall && hiddenSum === SMALL_MAX * hidden.length))
      return status
    const open = totals.flatMap((v, k) => (status[k] === 'published' && v > 0 ? [k] : []))
    if (open.length === 0) return status
    // With no slack yet, a total above 5 adds it; otherwise the smallest does.
    const pool =
      hiddenSum <= lowest && open.some((k) => totals[k]! > SMALL_MAX + 1)
        ? open.filter((k) => totals[k]! > SMALL_MAX + 1)
        : open
    const pick = pool.reduce((a, k) => (totals[k]! < totals[a]! ? k : a))
    status[pick] = 'secondary'
  }
}
