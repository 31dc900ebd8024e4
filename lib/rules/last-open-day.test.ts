import { describe, expect, it } from 'vitest'

import { testRules, testSource as src, testVersion } from '@/tests/support/test-version'

import { hostCountries } from './answers'
import { shippedHistory } from './data'
import { lastOpenDay } from './last-open-day'
import { closedSince, statusOn } from './registration'

describe('the last day registration was open', () => {
  const history = [
    testVersion(
      'a',
      '2023-06-01',
      testRules({
        registrationPeriods: [
          { status: 'open', from: '2023-06-01', until: '2023-08-31', ...src },
          { status: 'unknown', from: '2023-09-01', until: '2023-09-30', ...src },
          { status: 'closed', from: '2023-10-01', ...src },
        ],
      }),
    ),
  ]
  it('skips days the sources leave unknown', () => {
    expect(lastOpenDay(history, 'CO', 'VE', '2023-10-01')).toBe('2023-08-31')
  })
  it('finds nothing before the first opening', () => {
    expect(lastOpenDay(history, 'CO', 'VE', '2023-06-01')).toBeUndefined()
  })
  it('gives, for every shipped country and nationality closed today, a day the rules confirm open', () => {
    const today = '2026-11-26'
    for (const host of hostCountries) {
      const named = new Set(shippedHistory.flatMap((v) => v.countries[host].nationalities.map((n) => n.code)))
      for (const nationality of named) {
        const since = closedSince(shippedHistory, host, today, nationality)
        if (!since) continue
        const day = lastOpenDay(shippedHistory, host, nationality, since)
        if (day) expect(statusOn(shippedHistory, host, nationality, day), `${host} ${nationality} ${day}`).toBe('open')
      }
    }
  })
  it('finds an open day for Haitians in Colombia before the end of the programme', () => {
    const since = closedSince(shippedHistory, 'CO', '2026-11-26', 'HT')!
    expect(lastOpenDay(shippedHistory, 'CO', 'HT', since)).toBeDefined()
  })
})
