import { describe, expect, it } from 'vitest'

import { shownTotals } from './shown-totals'
import { suppressTable } from './suppress'

describe('published totals', () => {
  it('hides a column total that is 0 only because its cells are "<5"', () => {
    const table = suppressTable([
      [20, 3],
      [30, 0],
    ])
    expect(table.cells[0]![1]).toEqual({ kind: 'small' })
    const totals = shownTotals(table)
    expect(totals.columns[1]).toEqual({ kind: 'hidden' })
    expect(totals.columns[0]).toEqual({ kind: 'count', value: table.columnTotals[0] })
  })
  it('keeps a real zero', () => {
    const totals = shownTotals(suppressTable([[0, 0]]))
    expect(totals.total).toEqual({ kind: 'count', value: 0 })
  })
})
