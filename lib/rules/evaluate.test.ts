import { describe, expect, it } from 'vitest'

import { testRules, testSource as src, testVersion } from '@/tests/support/test-version'

import type { Answers } from './answers'
import { decide, evaluate } from './evaluate'

const history = [
  testVersion('v1', '2023-06-01'),
  testVersion(
    'v2',
    '2024-01-01',
    testRules({ registrationPeriods: [{ status: 'closed', from: '2024-01-01', ...src }] }),
  ),
]
const venezuelan: Answers = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-05-01',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
}
const ids = (answers: Answers, asOf = '2023-07-01') => evaluate(history, answers, asOf).criteria.map((c) => c.id)

describe('evaluate', () => {
  it('names the version in force and lists every criterion with its status', () => {
    const result = evaluate(history, venezuelan, '2023-07-01')
    expect(result).toMatchObject({
      outcome: 'likely_eligible',
      rulesVersion: 'v1',
      asOf: '2023-07-01',
      hostCountry: 'CO',
    })
    expect(result.criteria.map((c) => `${c.id}:${c.status}`)).toEqual([
      'registration-open:met',
      'nationality:met',
      'arrival-date:met',
      'legal-status:met',
      'age:met',
    ])
  })
  it('lets closed registration win over every other reason, naming the day it closed', () => {
    const result = evaluate(history, { ...venezuelan, nationality: 'PE', adult: 'no' }, '2026-11-25')
    expect(result.outcome).toBe('registration_closed')
    expect(result.nextSteps[0]).toEqual({ code: 'registration-closed', params: { since: '2024-01-01' } })
  })
  it('asks no arrival date or legal status of a nationality without them', () => {
    expect(ids({ ...venezuelan, nationality: 'GT' })).toEqual([
      'registration-open',
      'nationality',
      'legal-status',
      'age',
    ])
    expect(ids({ ...venezuelan, nationality: 'PE' })).toEqual(['registration-open', 'nationality', 'age'])
  })
  it('skips the legal-status criterion where the version has no status condition', () => {
    const noStatus = [
      testVersion('v', '2023-06-01', testRules({ legalStatus: { anyOf: [], otherwise: 'not_met', ...src } })),
    ]
    expect(evaluate(noStatus, venezuelan, '2023-07-01').criteria.map((c) => c.id)).not.toContain('legal-status')
  })
  it('needs more information when the arrival month straddles the cutoff, and says which date to check', () => {
    const result = evaluate(history, { ...venezuelan, arrivalDate: '2023-06' }, '2023-07-01')
    expect(result.outcome).toBe('needs_more_information')
    expect(result.nextSteps[0]).toEqual({ code: 'confirm-arrival-date', params: { date: '2023-06-11' } })
  })
  it('tells a minor to register with an adult of the family', () => {
    const result = evaluate(history, { ...venezuelan, adult: 'no' }, '2023-07-01')
    expect(result.outcome).toBe('not_eligible')
    expect(result.nextSteps.map((s) => s.code)).toContain('register-with-adult')
  })
  it('lists the identity documents the person has among the documents to have ready', () => {
    const result = evaluate(
      history,
      { ...venezuelan, statuses: [{ code: 'ppt' }, { code: 'expired_passport' }] },
      '2023-07-01',
    )
    expect(result.nextSteps).toContainEqual({ code: 'documents-to-have-ready', params: { have: ['expired_passport'] } })
    expect(result.nextSteps.map((s) => s.code)).toEqual(
      expect.arrayContaining(['apply-online', 'official-site', 'free-of-charge']),
    )
  })
})

describe('decide', () => {
  it('ranks not_met above unknown', () => {
    expect(
      decide([
        { id: 'nationality', status: 'not_met', ruleValue: {} },
        { id: 'age', status: 'unknown', ruleValue: {} },
      ]),
    ).toBe('not_eligible')
    expect(decide([{ id: 'registration-open', status: 'unknown', ruleValue: {} }])).toBe('needs_more_information')
  })
})
