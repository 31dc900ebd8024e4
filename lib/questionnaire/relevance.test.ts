import { describe, expect, it } from 'vitest'

import { shippedProgrammes } from '@/lib/rules/data/programmes'
import { safeMobility } from '@/lib/rules/data/programmes/safe-mobility'

import type { Draft } from './draft'
import { journey, nextStep, prune } from './flow'
import { programmesAsking } from './relevance'
import { screeningOn } from './screening'

const all = (asOf: string) => screeningOn(shippedProgrammes, asOf)
/** The questionnaire as it was with Safe Mobility alone. */
const safeMobilityOnly = (asOf: string) => screeningOn([safeMobility], asOf)
const today = '2026-12-01'

const people: Record<string, Draft> = {
  'a Nicaraguan asylum seeker in Costa Rica': {
    hostCountry: 'CR',
    nationality: 'NI',
    arrivalDate: '2019-04',
    statuses: [{ code: 'asylum_seeker', since: '2019-05' }],
    adult: 'yes',
  },
  'a Venezuelan in Ecuador': {
    hostCountry: 'EC',
    nationality: 'VE',
    arrivalDate: '2019-01-10',
    statuses: [{ code: 'regularization_applied' }],
    adult: 'yes',
  },
  'a Honduran in Guatemala': { hostCountry: 'GT', nationality: 'HN', statuses: [{ code: 'none' }], adult: 'yes' },
  'a Haitian refugee in Colombia': {
    hostCountry: 'CO',
    nationality: 'HT',
    arrivalDate: '2022-02',
    statuses: [{ code: 'refugee' }],
    adult: 'no',
  },
}

describe('a screening today', () => {
  it.each(Object.entries(people))('asks %s exactly what Safe Mobility alone asked', (_, draft) => {
    expect(journey(draft, all(today))).toEqual(journey(draft, safeMobilityOnly(today)))
    expect(nextStep(draft, all(today))).toBe('check-answers')
  })

  it('asks a Venezuelan in Colombia one fact more: Visa V has no known end, and another nationality excludes', () => {
    const draft: Draft = {
      hostCountry: 'CO',
      nationality: 'VE',
      arrivalDate: '2023-05-02',
      statuses: [{ code: 'ppt' }],
      adult: 'yes',
    }
    expect(journey(draft, all(today))).toEqual([
      ...journey(draft, safeMobilityOnly(today)),
      'fact-has-other-nationality',
    ])
    expect(programmesAsking('has-other-nationality', draft, all(today)).map((p) => p.id)).toEqual(['co-visa-v-2024'])
  })
})

describe('a past-day screening', () => {
  const venezuelan: Draft = {
    hostCountry: 'CO',
    nationality: 'VE',
    arrivalDate: '2023-01',
    statuses: [{ code: 'ppt' }],
    adult: 'yes',
  }

  it('asks the family pathway while it takes applications, and not once its intake paused', () => {
    expect(nextStep(venezuelan, all('2023-12-01'))).toBe('fact-family-in-canada')
    expect(journey(venezuelan, all('2024-01-15'))).not.toContain('fact-family-in-canada')
  })

  it('asks a follow-up fact only when the first answer leaves it able to change the outcome', () => {
    const s = all('2023-12-01')
    const yes = { ...venezuelan, facts: { 'family-in-canada': 'yes' as const } }
    const no = { ...venezuelan, facts: { 'family-in-canada': 'no' as const } }
    expect(nextStep(yes, s)).toBe('fact-anchor-signs-support-declaration')
    expect(journey(no, s)).not.toContain('fact-anchor-signs-support-declaration')
  })

  it('forgets a fact answer once an earlier answer makes it irrelevant', () => {
    const s = all('2023-12-01')
    const answered: Draft = {
      ...venezuelan,
      facts: { 'family-in-canada': 'yes', 'anchor-signs-support-declaration': 'yes' },
    }
    // A Cuban is not among the family pathway's nationalities: its questions go, and their answers with them.
    const cuban = prune({ ...answered, nationality: 'CU', statuses: [{ code: 'none' }] }, s)
    expect(cuban.facts?.['family-in-canada']).toBeUndefined()
    expect(cuban.facts?.['anchor-signs-support-declaration']).toBeUndefined()
  })

  it('asks a Cuban when the asylum claim was made while the Costa Rican CET took applications', () => {
    // Safe Mobility did not take Cubans in Costa Rica, so it never asked them this date.
    const claimant: Draft = {
      hostCountry: 'CR',
      nationality: 'CU',
      arrivalDate: '2019-01',
      statuses: [{ code: 'asylum_seeker' }],
    }
    expect(journey(claimant, all('2023-06-01'))).toContain('registration-date')
    expect(journey(claimant, safeMobilityOnly('2023-06-01'))).not.toContain('registration-date')
    expect(journey(claimant, all('2024-06-01'))).not.toContain('registration-date')
  })
})
