import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { versionInForce } from '@/lib/rules/history'

import { applyAnswer, journey, nextStep, prune } from './flow'

const version = (asOf: string) => versionInForce(shippedHistory, asOf)
const colombia = version('2024-03-04')

describe('journey', () => {
  it('asks every question while the country and nationality are unknown', () => {
    expect(journey({}, colombia)).toEqual(['host-country', 'nationality', 'arrival-date', 'legal-status', 'adult'])
  })

  it('skips the arrival date when no cutoff applies (a Guatemalan in Guatemala)', () => {
    expect(journey({ hostCountry: 'GT', nationality: 'GT' }, colombia)).not.toContain('arrival-date')
  })

  it('asks the arrival date of a nationality with a cutoff (a Venezuelan in Colombia)', () => {
    expect(journey({ hostCountry: 'CO', nationality: 'VE' }, colombia)).toContain('arrival-date')
  })

  it('asks when an asylum claim was registered only where the rules depend on that date', () => {
    const ecuador = version('2023-11-01')
    const draft = { hostCountry: 'EC' as const, nationality: 'CU', statuses: [{ code: 'asylum_seeker' as const }] }
    expect(journey(draft, ecuador)).toContain('registration-date')
    expect(journey({ ...draft, statuses: [{ code: 'valid_passport' as const }] }, ecuador)).not.toContain(
      'registration-date',
    )
  })
})

describe('nextStep', () => {
  it('goes to the first unanswered question, then to check your answers', () => {
    expect(nextStep({ hostCountry: 'CO' }, colombia)).toBe('nationality')
    const done = {
      hostCountry: 'CO' as const,
      nationality: 'VE',
      arrivalDate: '2023-01',
      statuses: [{ code: 'ppt' as const }],
      adult: 'yes' as const,
    }
    expect(nextStep(done, colombia)).toBe('check-answers')
  })
})

describe('prune', () => {
  it('forgets an arrival date that a new nationality no longer needs', () => {
    const changed = { hostCountry: 'GT' as const, nationality: 'GT', arrivalDate: '2023-01' }
    expect(prune(changed, colombia).arrivalDate).toBeUndefined()
  })
})

describe('applyAnswer', () => {
  const done = {
    hostCountry: 'CO' as const,
    nationality: 'VE',
    arrivalDate: '2023-01',
    statuses: [{ code: 'ppt' as const }],
    adult: 'yes' as const,
    screeningId: 'a',
    resultCode: 'X',
  }

  it('asks the arrival date and papers again after a change of country (they were about the other one)', () => {
    const moved = applyAnswer(done, { hostCountry: 'EC' }, colombia)
    expect(moved).toMatchObject({ hostCountry: 'EC', nationality: 'VE', adult: 'yes' })
    expect(moved.arrivalDate).toBeUndefined()
    expect(moved.statuses).toBeUndefined()
    expect(nextStep(moved, colombia)).toBe('arrival-date')
  })

  it('keeps the same screening (no second outcome) when an answer is submitted unchanged', () => {
    expect(applyAnswer(done, { adult: 'yes' }, colombia)).toBe(done)
  })

  it('starts a new screening when an answer changes', () => {
    expect(applyAnswer(done, { adult: 'no' }, colombia)).toMatchObject({
      adult: 'no',
      screeningId: undefined,
      resultCode: undefined,
    })
  })
})
