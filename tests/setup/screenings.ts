// Screenings for the outcome tests: answers and the evaluation the rules engine gives them.
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

const answerSets: Answers[] = [
  { hostCountry: 'CO', nationality: 'VE', arrivalDate: '2023-05-02', statuses: [{ code: 'ppt' }], adult: 'yes' },
  { hostCountry: 'CR', nationality: 'NI', arrivalDate: '2023-06', statuses: [{ code: 'asylum_seeker', since: '2023-07-01' }], adult: 'yes' },
  { hostCountry: 'EC', nationality: 'HT', arrivalDate: 'unsure', statuses: [{ code: 'unsure' }], adult: 'unsure' },
  { hostCountry: 'GT', nationality: 'CU', statuses: [{ code: 'none' }], adult: 'no' },
]

/** The i-th sample screening (cycling through a few typical answer sets). */
export function sampleScreening(i: number, asOf = '2024-03-01'): { answers: Answers; evaluation: Evaluation } {
  const answers = answerSets[i % answerSets.length]!
  const evaluation: Evaluation = {
    outcome: 'needs_more_information', rulesVersion: 'test-v1', asOf, hostCountry: answers.hostCountry,
    criteria: [
      { id: 'registration-open', status: 'met', ruleValue: {} },
      { id: 'arrival-date', status: 'unknown', ruleValue: { onOrBefore: '2023-06-11' } },
    ],
    nextSteps: [],
  }
  return { answers, evaluation }
}
