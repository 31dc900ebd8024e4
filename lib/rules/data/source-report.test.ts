import { describe, expect, it } from 'vitest'

import { testRules, testVersion } from '@/tests/support/test-version'

import { shippedHistory } from '.'
import { datedSourcesNamed, sourceReport } from './source-report'
import { sources } from './sources'

const cite = (source: (typeof sources)[keyof typeof sources], reason?: string) => ({
  source,
  verifiedOn: '2026-01-01',
  ...(reason ? { reason } : {}),
})

describe('sourceReport', () => {
  it('finds dated sources a reason names, by key or by an unambiguous name', () => {
    expect(datedSourcesNamed('as of 27 November (The New Humanitarian)')).toEqual(['TNH_DEC24'])
    expect(datedSourcesNamed('the early portal (PLEDGE-CO) and USAHELLO-LATE')).toEqual(['PLEDGE_CO'])
    expect(datedSourcesNamed('MS-CO only')).toEqual([])
  })
  it('fails a value citing an undated source while its reason names a dated one', () => {
    const rules = testRules({
      registrationPeriods: [
        { status: 'closed', from: '2024-11-27', ...cite(sources.USAHELLO_LATE, 'The New Humanitarian: 27 November') },
        { status: 'open', from: '2023-06-01', until: '2024-11-26', ...cite(sources.MS_CO, 'official page') },
      ],
      minimumAge: { years: 18, ...cite(sources.TNH_DEC24) },
    })
    const report = sourceReport([testVersion('v', '2023-06-01', rules)]) // the same rules in all four countries
    expect(report.failures.map((f) => [f.where.slice(0, 2), f.key, f.named])).toEqual(
      ['CO', 'CR', 'EC', 'GT'].map((host) => [host, 'USAHELLO_LATE', ['TNH_DEC24']]),
    )
    expect(report.undated.map((u) => u.key)).toEqual(expect.arrayContaining(['USAHELLO_LATE', 'MS_CO']))
    expect(report.sources.find((s) => s.key === 'TNH_DEC24')).toMatchObject({ date: '2024-12-05', values: 4 })
    expect(report.sources.some((s) => s.key.startsWith('(not listed'))).toBe(true) // the test rules' example.org
  })
  it('passes on the shipped history, where the 27 November 2024 closure cites The New Humanitarian', () => {
    const report = sourceReport(shippedHistory)
    expect(report.failures).toEqual([])
    expect(report.sources.find((s) => s.key === 'TNH_DEC24')?.values).toBe(2)
    expect(report.sources.every((s) => !s.key.startsWith('(not listed'))).toBe(true)
  })
})
