import { describe, expect, it } from 'vitest'

import { splitByMonth } from './range-split'

describe('splitByMonth', () => {
  it('reads everything from whole months when the range is open', () => {
    expect(splitByMonth()).toEqual({ months: { from: undefined, until: undefined }, days: [] })
  })

  it('keeps partial months at both edges as days', () => {
    expect(splitByMonth('2024-01-15', '2024-06-10')).toEqual({
      months: { from: '2024-02-01', until: '2024-06-01' },
      days: [
        { from: '2024-01-15', to: '2024-01-31' },
        { from: '2024-06-01', to: '2024-06-10' },
      ],
    })
  })

  it('uses whole months when the range starts on a first and ends on a last day (leap February)', () => {
    expect(splitByMonth('2024-02-01', '2024-02-29')).toEqual({
      months: { from: '2024-02-01', until: '2024-03-01' },
      days: [],
    })
    expect(splitByMonth('2024-11-01', '2024-12-31')).toEqual({
      months: { from: '2024-11-01', until: '2025-01-01' },
      days: [],
    })
  })

  it('uses days only inside one partial month', () => {
    expect(splitByMonth('2024-03-02', '2024-03-30')).toEqual({ days: [{ from: '2024-03-02', to: '2024-03-30' }] })
    expect(splitByMonth('2024-03-02', '2024-04-01')).toEqual({ days: [{ from: '2024-03-02', to: '2024-04-01' }] })
  })

  it('handles one open bound', () => {
    expect(splitByMonth(undefined, '2024-06-10')).toEqual({
      months: { from: undefined, until: '2024-06-01' },
      days: [{ from: '2024-06-01', to: '2024-06-10' }],
    })
    expect(splitByMonth('2024-06-10')).toEqual({
      months: { from: '2024-07-01', until: undefined },
      days: [{ from: '2024-06-10', to: '2024-06-30' }],
    })
  })
})
