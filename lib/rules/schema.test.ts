import { describe, expect, it } from 'vitest'

import { testRules, testSource as src, testVersion } from '@/tests/support/test-version'

import { historySchema, ruleSetSchema } from './schema'

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? []

describe('ruleSetSchema', () => {
  it('lets periods for different statuses overlap, but not two for the same status', () => {
    const limited = (statuses?: ('asylum_seeker' | 'refugee')[]) =>
      testRules({
        registrationPeriods: [
          { status: 'contact_only', from: '2023-10-18', statuses: ['asylum_seeker', 'refugee'], ...src },
          { status: 'closed', from: '2023-10-18', ...(statuses ? { statuses } : {}), ...src },
        ],
      })
    expect(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', limited())).success).toBe(true)
    expect(messages(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', limited(['refugee']))))).toContain(
      'overlapping_periods',
    )
  })
  it('rejects an empty or unknown status list on a period', () => {
    const period = (statuses: unknown) =>
      testRules({ registrationPeriods: [{ status: 'open', from: '2023-06-01', statuses: statuses as never, ...src }] })
    expect(messages(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', period([]))))).toContain('empty_statuses')
    expect(messages(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', period(['none']))))).toContain(
      'invalid_status',
    )
  })
  it('accepts a complete version', () => {
    expect(ruleSetSchema.safeParse(testVersion('v', '2023-06-01')).success).toBe(true)
  })
  it('rejects a value without its source', () => {
    const unsourced = { ...testRules().minimumAge, source: undefined }
    expect(
      ruleSetSchema.safeParse(testVersion('v', '2023-06-01', testRules({ minimumAge: unsourced as never }))).success,
    ).toBe(false)
  })
  it('rejects overlapping periods for the same people, but allows a nationality override', () => {
    const overlap = testRules({
      registrationPeriods: [
        { status: 'open', from: '2023-06-01', ...src },
        { status: 'closed', from: '2023-07-01', until: '2023-07-31', ...src },
      ],
    })
    expect(messages(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', overlap)))).toContain('overlapping_periods')
    const override = testRules({
      registrationPeriods: [
        { status: 'open', from: '2023-06-01', ...src },
        { status: 'closed', from: '2023-07-01', nationalities: ['HT'], ...src },
      ],
    })
    expect(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', override)).success).toBe(true)
  })
  it('rejects a nationality listed twice', () => {
    const twice = testRules({
      nationalities: [
        { code: 'VE', ...src },
        { code: 'VE', ...src },
      ],
    })
    expect(messages(ruleSetSchema.safeParse(testVersion('v', '2023-06-01', twice)))).toContain('duplicate_nationality')
  })
})

describe('historySchema', () => {
  it('requires versions sorted by effective date with unique ids', () => {
    expect(
      messages(historySchema.safeParse([testVersion('b', '2024-01-01'), testVersion('a', '2023-01-01')])),
    ).toContain('history_not_sorted')
    expect(
      messages(historySchema.safeParse([testVersion('a', '2023-01-01'), testVersion('a', '2024-01-01')])),
    ).toContain('duplicate_version_id')
    expect(messages(historySchema.safeParse([]))).toContain('empty_history')
  })
})
