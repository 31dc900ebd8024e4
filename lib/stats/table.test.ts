import { describe, expect, it } from 'vitest'

import { buildStatsTable } from './table'

describe('buildStatsTable', () => {
  it('puts outcomes in columns, rows in a fixed order, and hides small counts', () => {
    const t = buildStatsTable('host-country', [
      { key: 'EC', outcome: 'not_eligible', count: 40 },
      { key: 'CO', outcome: 'likely_eligible', count: 120 },
      { key: 'CO', outcome: 'not_eligible', count: 80 },
      { key: 'EC', outcome: 'likely_eligible', count: 3 },
      { key: 'CO', outcome: 'registration_closed', count: 9 },
      { key: 'EC', outcome: 'registration_closed', count: 12 },
    ])
    expect(t.rowKeys).toEqual(['CO', 'EC'])
    expect(t.columnKeys).toEqual(['likely_eligible', 'not_eligible', 'registration_closed', 'needs_more_information'])
    expect(t.cells[1]![0]).toEqual({ kind: 'small' })
    expect(
      t.cells
        .flat()
        .filter((c) => c.kind === 'count')
        .every((c) => c.kind === 'count' && (c.value === 0 || c.value >= 5)),
    ).toBe(true)
  })

  it('gives the outcome view one column of counts', () => {
    const t = buildStatsTable('outcome', [
      { key: 'not_eligible', outcome: 'not_eligible', count: 30 },
      { key: 'likely_eligible', outcome: 'likely_eligible', count: 50 },
    ])
    expect(t.rowKeys).toEqual(['likely_eligible', 'not_eligible'])
    expect(t.cells).toEqual([[{ kind: 'count', value: 50 }], [{ kind: 'count', value: 30 }]])
    expect(t.total).toBe(80)
  })
})

describe('row order', () => {
  it('follows the fixed order of channels and languages, not alphabetical order or size', () => {
    const t = buildStatsTable('channel', [
      { key: 'api', outcome: 'not_eligible', count: 500 },
      { key: 'self', outcome: 'not_eligible', count: 9 },
      { key: 'assisted', outcome: 'not_eligible', count: 40 },
    ])
    expect(t.rowKeys).toEqual(['self', 'assisted', 'api'])
  })
})
