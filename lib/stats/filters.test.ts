import { describe, expect, it } from 'vitest'

import { effectiveRange, parseStatsQuery, toSearch } from './filters'

describe('parseStatsQuery', () => {
  it('reads a submitted GET form, treating empty fields as no filter', () => {
    const q = parseStatsQuery(
      new URLSearchParams('view=nationality&granularity=week&from=2024-01-01&to=&hostCountry=CO&nationality='),
    )
    expect(q).toMatchObject({ view: 'nationality', granularity: 'week', from: '2024-01-01', hostCountry: 'CO' })
    expect(q.to).toBeUndefined()
    expect(q.nationality).toBeUndefined()
  })

  it('reads a programme id, and ignores one that is not an id', () => {
    expect(parseStatsQuery({ view: 'programme', programme: 'cr-cet-2023' })).toMatchObject({
      view: 'programme',
      programme: 'cr-cet-2023',
    })
    for (const programme of ['CR CET', "x'; drop", 'a'.repeat(81), '-cet'])
      expect(parseStatsQuery({ programme }).programme).toBeUndefined()
    expect(toSearch(parseStatsQuery({ programme: 'ca-empp' }), { view: 'outcome' })).toContain('programme=ca-empp')
  })

  it('treats a day that is not on the calendar as no filter', () => {
    for (const from of ['2024-02-31', '2023-02-29', '2024-13-01', '0000-01-01', '2024-1-01'])
      expect(parseStatsQuery({ from }).from).toBeUndefined()
    expect(parseStatsQuery({ from: '2024-02-29' }).from).toBe('2024-02-29')
  })

  it('ignores values that are not allowed instead of failing the page', () => {
    const q = parseStatsQuery({
      view: 'secret',
      hostCountry: 'US',
      outcome: 'maybe',
      from: '2024-02-31x',
      rulesVersion: "x'; drop",
    })
    expect(q).toMatchObject({ view: 'period', granularity: 'month' })
    expect([q.hostCountry, q.outcome, q.from, q.rulesVersion]).toEqual([undefined, undefined, undefined, undefined])
  })

  it('swaps a reversed date range', () => {
    expect(parseStatsQuery({ from: '2024-05-01', to: '2024-01-01' })).toMatchObject({
      from: '2024-01-01',
      to: '2024-05-01',
    })
  })

  it('round-trips through toSearch', () => {
    const q = parseStatsQuery({ view: 'channel', channel: 'assisted', locale: 'ht' })
    expect(parseStatsQuery(new URLSearchParams(toSearch(q, { view: 'locale' })))).toEqual({ ...q, view: 'locale' })
  })
})

describe('effectiveRange', () => {
  it('keeps other views and granularities as asked', () => {
    expect(effectiveRange(parseStatsQuery({ view: 'nationality', from: '2023-01-01' }), '2025-02-03')).toEqual({
      from: '2023-01-01',
      to: undefined,
    })
  })

  it('limits the day-by-day view to the last 92 days, ending at the last screening day when no end is given', () => {
    expect(effectiveRange(parseStatsQuery({ granularity: 'day' }), '2025-02-03')).toEqual({
      from: '2024-11-04',
      to: '2025-02-03',
    })
    expect(
      effectiveRange(parseStatsQuery({ granularity: 'day', from: '2025-01-01', to: '2025-01-31' }), '2025-02-03'),
    ).toEqual({ from: '2025-01-01', to: '2025-01-31' })
  })
})
