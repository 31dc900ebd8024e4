import { describe, expect, it } from 'vitest'

import { testRules, testSource as src, testVersion } from '@/tests/support/test-version'

import { closedSince, opensOn, periodOn, statusOn } from './registration'

const rules = testRules({
  registrationPeriods: [
    { status: 'open', from: '2023-06-01', until: '2023-08-31', ...src },
    { status: 'closed', from: '2023-09-01', until: '2023-09-30', ...src },
    { status: 'open', from: '2023-10-01', ...src },
    { status: 'closed', from: '2023-07-01', until: '2023-07-31', nationalities: ['HT'], ...src },
  ],
})
const history = [
  testVersion('a', '2023-06-01', rules),
  testVersion(
    'b',
    '2024-01-01',
    testRules({ registrationPeriods: [{ status: 'closed', from: '2024-01-01', ...src }] }),
  ),
]

describe('registration periods', () => {
  it('lets a period naming the nationality override the general one', () => {
    expect(periodOn(rules, 'HT', '2023-07-15')?.status).toBe('closed')
    expect(periodOn(rules, 'VE', '2023-07-15')?.status).toBe('open')
  })
  it('treats a day without any period as closed', () => {
    expect(statusOn(history, 'CO', 'VE', '2023-05-01')).toBe('closed')
  })
  it('names the first day of the closed stretch, across versions', () => {
    expect(closedSince(history, 'CO', '2023-09-15', 'VE')).toBe('2023-09-01')
    expect(closedSince(history, 'CO', '2026-11-25', 'VE')).toBe('2024-01-01')
    expect(closedSince(history, 'CO', '2023-07-20', 'HT')).toBe('2023-07-01')
  })
  it('says nothing when it is open, or when it had never opened', () => {
    expect(closedSince(history, 'CO', '2023-10-15', 'VE')).toBeUndefined()
    expect(closedSince(history, 'CO', '2023-05-01', 'VE')).toBeUndefined()
  })
  it('finds the known reopening day', () => {
    expect(opensOn(rules, 'VE', '2023-09-15')).toBe('2023-10-01')
    expect(opensOn(rules, 'VE', '2023-10-15')).toBeUndefined()
  })
})
