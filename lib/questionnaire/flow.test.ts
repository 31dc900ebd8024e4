import { describe, expect, it } from 'vitest'

import { shippedProgrammes } from '@/lib/rules/data/programmes'

import { applyAnswer, journey, nextStep, prune, stepNumber } from './flow'
import { screeningOn } from './screening'

const version = (asOf: string) => screeningOn(shippedProgrammes, asOf)
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
    // In March 2024 Canada's EMPP still took applications: its job-offer question can change that outcome.
    expect(nextStep(done, colombia)).toBe('fact-canadian-job-offer-or-skills-stream')
    expect(nextStep({ ...done, facts: { 'canadian-job-offer-or-skills-stream': 'no' } }, colombia)).toBe(
      'check-answers',
    )
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

describe('early stops', () => {
  const today = version('2026-11-26')
  it('ends after the first question for a person in another country', () => {
    const draft = { elsewhere: 'CL' }
    expect(journey(draft, today)).toEqual(['host-country'])
    expect(nextStep(draft, today)).toBe('stop')
  })
  it('ends after nationality for a stateless person, and not before the host country is known', () => {
    expect(nextStep({ hostCountry: 'EC', stateless: true }, today)).toBe('stop')
    expect(nextStep({ stateless: true }, today)).toBe('host-country')
  })
})

describe('step numbers', () => {
  const ecuador = version('2023-11-01')
  it('keeps the total when the registration-date follow-up appears', () => {
    const before = { hostCountry: 'EC' as const, nationality: 'CU' }
    const after = { ...before, arrivalDate: '2023-09-02', statuses: [{ code: 'asylum_seeker' as const }] }
    expect(stepNumber(before, ecuador, 'legal-status')).toEqual({ n: 4, total: 5 })
    expect(stepNumber(after, ecuador, 'registration-date')).toEqual({ n: 4, total: 5 })
    expect(stepNumber(after, ecuador, 'adult')).toEqual({ n: 5, total: 5 })
  })
})

describe('a changed host country', () => {
  it('marks the draft so the next questions say why they are asked again, once', () => {
    const v = version('2024-03-04')
    const draft = {
      hostCountry: 'CO' as const,
      nationality: 'VE',
      arrivalDate: '2023-01',
      statuses: [{ code: 'ppt' as const }],
    }
    const moved = applyAnswer(draft, { hostCountry: 'EC' }, v)
    expect(moved.hostChanged).toBe(true)
    expect(moved.statuses).toBeUndefined()
    expect(applyAnswer(moved, { arrivalDate: '2023-02' }, v).hostChanged).toBeUndefined()
  })
})
