import { describe, expect, it } from 'vitest'

import { src, testProgramme, testProgrammeVersion } from '@/tests/support/test-programme'

import type { Answers } from '../answers'
import { shippedProgramme } from '../data/programmes'
import { baseQuestionsThatMatter } from './base-questions'

const person: Answers = {
  hostCountry: 'CO',
  nationality: 'VE',
  statuses: [],
  adult: 'yes',
  facts: { 'has-job': 'yes' },
}

describe('baseQuestionsThatMatter', () => {
  it('asks the legal status where a status condition decides, and not the arrival date or age it never uses', () => {
    expect(baseQuestionsThatMatter(testProgramme(), person, '2024-03-01')).toEqual(['legal-status'])
  })
  it('asks nothing on a day the programme is closed', () => {
    expect(baseQuestionsThatMatter(testProgramme(), person, '2024-08-01')).toEqual([])
  })
  it('asks the arrival date where an arrival window decides', () => {
    const arrival = testProgrammeVersion({
      criteria: [
        ...testProgrammeVersion().criteria,
        { id: 'arrival', window: { until: '2023-06-11' }, afterWindow: 'not_met', ...src },
      ],
    })
    expect(baseQuestionsThatMatter(testProgramme([arrival]), person, '2024-03-01')).toEqual([
      'arrival-date',
      'legal-status',
    ])
  })
  it('on the shipped data: Visa V asks only the arrival date today; the closed CET asks nothing', () => {
    // Its end date is unknown, so at best "need more information": a status can change a criterion, not the outcome.
    expect(baseQuestionsThatMatter(shippedProgramme('co-visa-v-2024')!, person, '2026-12-01')).toEqual(['arrival-date'])
    expect(
      baseQuestionsThatMatter(shippedProgramme('cr-cet-2023')!, { ...person, hostCountry: 'CR' }, '2026-12-01'),
    ).toEqual([])
    expect(baseQuestionsThatMatter(shippedProgramme('safe-mobility')!, person, '2023-07-01')).toEqual([])
  })
  it('asks age for the ETPV children route today', () => {
    const etpv = shippedProgramme('co-etpv-rumv')!
    expect(baseQuestionsThatMatter(etpv, { ...person, arrivalDate: '2024-01-01' }, '2026-12-01')).toContain('age')
  })
})
