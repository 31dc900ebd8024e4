import { describe, expect, it } from 'vitest'

import { possibleValues } from '@/tests/support/brute-force-attacker'

import { marginStatus, type ShownCell, suppressionPattern, suppressTable } from './suppress'

const show = (cells: ShownCell[][]) =>
  cells.map((r) => r.map((c) => (c.kind === 'count' ? c.value : c.kind === 'small' ? '<5' : 'x')))

/** Hidden cells an attacker can pin to one value (brute force, independent of the implementation). */
function recoverable(values: number[][]) {
  const status = suppressionPattern(values)
  const seen = possibleValues(values, status, marginStatus(values))
  return status.flatMap((r, i) => r.flatMap((s, j) => (s !== 'published' && seen[i]![j]!.size < 2 ? [[i, j]] : [])))
}

describe('primary suppression', () => {
  it('publishes a table with no count of 1–4 unchanged, with its true totals', () => {
    const t = suppressTable([
      [10, 0, 7],
      [5, 9, 0],
    ])
    expect(show(t.cells)).toEqual([
      [10, 0, 7],
      [5, 9, 0],
    ])
    expect(t.rowTotals).toEqual([17, 14])
    expect(t.columnTotals).toEqual([15, 9, 7])
    expect(t.total).toBe(31)
  })

  it('shows every count of 1–4 as "<5", keeps zeros, and leaves hidden cells out of the totals', () => {
    const t = suppressTable([
      [1, 0, 4],
      [0, 2, 3],
    ])
    expect(show(t.cells)).toEqual([
      ['<5', 0, '<5'],
      [0, '<5', '<5'],
    ])
    expect(t.rowTotals).toEqual([0, 0])
    expect(t.total).toBe(0)
  })
})

describe('secondary suppression', () => {
  it('hides a second cell when a row total would give away its only small cell', () => {
    // Row 0 totals 33: with only "3" hidden, 33 − 10 − 20 = 3 would reveal it.
    const t = suppressTable([
      [3, 10, 20],
      [30, 40, 50],
    ])
    expect(show(t.cells)[0]).toEqual(['<5', 'x', 20])
    expect(
      recoverable([
        [3, 10, 20],
        [30, 40, 50],
      ]),
    ).toEqual([])
    expect(t.rowTotals[0]).toBe(20)
  })

  it('iterates over columns: a cell hidden for a row must not leave its column with one hidden cell', () => {
    const values = [
      [3, 10, 20],
      [30, 40, 50],
    ]
    const status = suppressionPattern(values)
    for (let j = 0; j < 3; j++) {
      const hidden = status.filter((r) => r[j] !== 'published').length
      expect(hidden === 0 || hidden >= 2).toBe(true)
    }
  })

  it('does not trust a 5 as the partner of a 1: "<5" + "x" = 6 would pin both', () => {
    // Hiding the next-smallest (5) is not enough: 1–4 plus 5-or-more summing to 6 leaves only 1 + 5.
    const values = [
      [1, 5, 100],
      [50, 60, 70],
    ]
    expect(recoverable(values)).toEqual([])
    expect(suppressionPattern(values)[0]!.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2)
  })

  it('protects two small cells of the same value in one row from the row total', () => {
    const values = [
      [1, 1, 30],
      [20, 25, 30],
    ]
    expect(recoverable(values)).toEqual([])
  })

  it('protects a lone small row without hiding the whole table', () => {
    // Real shape (Costa Rica, one month): 3 Hondurans, all in one outcome. The grand total minus the other rows would
    // give their total away, so the next-smallest row total counts as unknown too (margins.ts), and few cells go.
    const values = [
      [48, 42, 254, 14],
      [44, 31, 257, 15],
      [0, 0, 3, 0],
      [504, 430, 2835, 157],
      [328, 257, 1822, 109],
    ]
    expect(recoverable(values)).toEqual([])
    const shown = show(suppressTable(values).cells)
    expect(shown[3]).toEqual([504, 430, 2835, 157])
    expect(shown[4]).toEqual([328, 257, 1822, 109])
  })

  it('never hides a zero (it would protect nothing)', () => {
    const status = suppressionPattern([
      [2, 0, 9],
      [0, 0, 6],
      [8, 0, 0],
    ])
    expect(status.map((r) => r[1])).toEqual(['published', 'published', 'published'])
  })

  it('handles an empty table', () => {
    expect(suppressTable([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: 0 })
  })
})

describe('brute force: no hidden value can be worked out from published cells and true totals', () => {
  // Small random tables, skewed towards small counts so that suppression patterns interact.
  const pool = [0, 0, 1, 2, 3, 4, 5, 6, 8, 11, 15, 20]
  let seed = 20261125
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const tables = Array.from({ length: 150 }, () => {
    const rows = 2 + Math.floor(random() * 2)
    const cols = 2 + Math.floor(random() * 2)
    return Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => pool[Math.floor(random() * pool.length)]!),
    )
  })

  it('leaves every hidden cell with at least two possible values, unless the true totals alone reveal it', () => {
    let protectedBySecondary = 0
    for (const values of tables) {
      const status = suppressionPattern(values)
      const bad = recoverable(values)
      if (bad.length === 0) {
        if (status.some((r) => r.includes('secondary')) && values.flat().some((v) => v > 4)) protectedBySecondary++
        continue
      }
      // The only excuse: every non-zero cell is already hidden, so the totals themselves give the cell away.
      expect({
        values,
        bad,
        allHidden: values.every((r, i) => r.every((v, j) => v === 0 || status[i]![j] !== 'published')),
      }).toMatchObject({ allHidden: true })
    }
    // The tables really exercise secondary suppression (not only trivial ones).
    expect(protectedBySecondary).toBeGreaterThan(tables.length / 3)
  })
})
