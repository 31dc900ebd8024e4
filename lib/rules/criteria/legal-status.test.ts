import { describe, expect, it } from 'vitest'

import { testRules, testSource as src } from '@/tests/support/test-version'

import { hasAcceptedStatus } from './legal-status'

const rules = testRules()
const status = (statuses: Parameters<typeof hasAcceptedStatus>[1], r = rules, asOf = '2024-01-01') =>
  hasAcceptedStatus(r, statuses, asOf).status

describe('hasAcceptedStatus', () => {
  it('is met by any one accepted status, whatever else is listed', () => {
    expect(status([{ code: 'none' }, { code: 'ppt' }])).toBe('met')
  })
  it('checks the "registered on or before" date', () => {
    expect(status([{ code: 'asylum_seeker', since: '2023-06-11' }])).toBe('met')
    expect(status([{ code: 'asylum_seeker', since: '2023-06-12' }])).toBe('not_met')
    expect(status([{ code: 'asylum_seeker', since: '2023-06' }])).toBe('unknown')
    expect(status([{ code: 'asylum_seeker' }])).toBe('unknown')
  })
  it('does not count a status obtained after the screening day', () => {
    expect(status([{ code: 'ppt', since: '2024-02-01' }])).toBe('not_met')
    expect(status([{ code: 'ppt', since: '2024-01' }])).toBe('unknown')
  })
  it('treats identity documents and "none" as no accepted status', () => {
    expect(status([{ code: 'valid_passport' }, { code: 'national_id' }])).toBe('not_met')
    expect(status([{ code: 'none' }])).toBe('not_met')
  })
  it('is unknown when the person is unsure or gave nothing', () => {
    expect(status([{ code: 'unsure' }])).toBe('unknown')
    expect(status([])).toBe('unknown')
  })
  it('follows the version where sources do not settle the condition', () => {
    const unsettled = testRules({ legalStatus: { ...rules.legalStatus, otherwise: 'unknown' } })
    expect(status([{ code: 'none' }], unsettled)).toBe('unknown')
    const uncertainPpt = testRules({
      legalStatus: { ...rules.legalStatus, anyOf: [{ code: 'ppt', uncertain: true, ...src }] },
    })
    expect(status([{ code: 'ppt' }], uncertainPpt)).toBe('unknown')
  })
  it('lets a refugee recognised after the date stay unknown (the claim may be older)', () => {
    const refugees = testRules({
      legalStatus: { ...rules.legalStatus, anyOf: [{ code: 'refugee', registeredOnOrBefore: '2023-06-11', ...src }] },
    })
    expect(status([{ code: 'refugee', since: '2023-09-01' }], refugees)).toBe('unknown')
    expect(status([{ code: 'refugee', since: '2023-01-01' }], refugees)).toBe('met')
  })
  it('reports the accepted codes and the date', () => {
    expect(hasAcceptedStatus(rules, [], '2024-01-01').ruleValue).toEqual({
      accepted: ['asylum_seeker', 'ppt'],
      registeredOnOrBefore: '2023-06-11',
    })
  })
  it('does not accept a status from a nationality that cannot hold it', () => {
    const venezuelansOnly = testRules({
      legalStatus: { ...rules.legalStatus, anyOf: [{ code: 'ppt', nationalities: ['VE'], ...src }] },
    })
    expect(hasAcceptedStatus(venezuelansOnly, [{ code: 'ppt' }], '2024-01-01', 'VE').status).toBe('met')
    const cuban = hasAcceptedStatus(venezuelansOnly, [{ code: 'ppt' }], '2024-01-01', 'CU')
    expect(cuban.status).toBe('not_met')
    expect(cuban.ruleValue.accepted).toEqual([])
  })
  it('makes a status registered after the date unknown where sources disagree whether the date applied', () => {
    const conflicting = testRules({
      legalStatus: {
        ...rules.legalStatus,
        anyOf: [{ code: 'ppt', registeredOnOrBefore: '2023-06-11', laterUnknown: true, ...src }],
      },
    })
    expect(status([{ code: 'ppt', since: '2023-06-01' }], conflicting)).toBe('met')
    expect(status([{ code: 'ppt', since: '2023-08-01' }], conflicting)).toBe('unknown')
    expect(status([{ code: 'ppt', since: '2024-02-01' }], conflicting)).toBe('not_met') // after the screening day
    expect(hasAcceptedStatus(conflicting, [], '2024-01-01').ruleValue.laterUnknown).toBe(true)
  })
})
