import { describe, expect, it } from 'vitest'

import { testRules, testSource as src } from '@/tests/support/test-version'

import { holds, registrationFor } from './audience'

// A contact phase for asylum seekers and refugees only; everyone else closed until the form opens.
const rules = testRules({
  registrationPeriods: [
    { status: 'contact_only', from: '2023-10-18', until: '2023-11-19', statuses: ['asylum_seeker', 'refugee'], ...src },
    { status: 'closed', from: '2023-10-18', until: '2023-11-19', ...src },
    { status: 'open', from: '2023-11-20', ...src },
    { status: 'unknown', from: '2023-10-18', until: '2023-10-31', nationalities: ['HT'], ...src },
  ],
})
const day = '2023-10-25'

describe('holds', () => {
  it('counts a status dated on or before the day, or without a date', () => {
    expect(holds([{ code: 'asylum_seeker', since: '2023-06-01' }], ['asylum_seeker'], day)).toBe('yes')
    expect(holds([{ code: 'refugee' }], ['asylum_seeker', 'refugee'], day)).toBe('yes')
    expect(holds([{ code: 'asylum_seeker', since: 'unsure' }], ['asylum_seeker'], day)).toBe('yes')
  })
  it('does not count a status obtained after the day, or another status', () => {
    expect(holds([{ code: 'asylum_seeker', since: '2023-11-01' }], ['asylum_seeker'], day)).toBe('no')
    expect(holds([{ code: 'regularization_applied' }], ['asylum_seeker'], day)).toBe('no')
    expect(holds([{ code: 'none' }], ['asylum_seeker'], day)).toBe('no')
  })
  it('cannot tell from "unsure", no answer, or a month that straddles the day', () => {
    expect(holds([{ code: 'unsure' }], ['asylum_seeker'], day)).toBe('maybe')
    expect(holds([], ['asylum_seeker'], day)).toBe('maybe')
    expect(holds([{ code: 'asylum_seeker', since: '2023-10' }], ['asylum_seeker'], day)).toBe('maybe')
  })
})

describe('registrationFor', () => {
  it('gives the status-limited period to holders and the general one to everyone else', () => {
    expect(registrationFor(rules, 'VE', day, [{ code: 'asylum_seeker' }])).toMatchObject({
      status: 'contact_only',
      onlyFor: ['asylum_seeker', 'refugee'],
    })
    expect(registrationFor(rules, 'VE', day, [{ code: 'regularization_applied' }])).toMatchObject({
      status: 'closed',
      onlyFor: ['asylum_seeker', 'refugee'],
    })
  })
  it('is unknown where the answers cannot tell whether the person holds a listed status', () => {
    const result = registrationFor(rules, 'VE', day, [{ code: 'unsure' }])
    expect(result.status).toBe('unknown')
    expect(result.period?.statuses).toEqual(['asylum_seeker', 'refugee'])
  })
  it('lets a period naming the nationality override a status-limited general one', () => {
    expect(registrationFor(rules, 'HT', day, [{ code: 'asylum_seeker' }]).status).toBe('unknown')
    expect(registrationFor(rules, 'HT', '2023-11-05', [{ code: 'asylum_seeker' }]).status).toBe('contact_only')
  })
  it('says nothing about statuses once no period is limited to them', () => {
    expect(registrationFor(rules, 'VE', '2023-11-20', [{ code: 'unsure' }])).toEqual({
      status: 'open',
      period: rules.registrationPeriods[2],
    })
  })
})
