// Screenings for the outcome tests: typical answers and the real evaluation the shipped rules give them.
import type { Answers } from '@/lib/rules/answers'
import { shippedHistory } from '@/lib/rules/data'
import { shippedProgrammes } from '@/lib/rules/data/programmes'
import { evaluate } from '@/lib/rules/evaluate'
import type { Evaluation } from '@/lib/rules/evaluation'
import { evaluateProgrammes, type ProgrammeEvaluation } from '@/lib/rules/programmes'

const answerSets: Answers[] = [
  { hostCountry: 'CO', nationality: 'VE', arrivalDate: '2023-05-02', statuses: [{ code: 'ppt' }], adult: 'yes' },
  {
    hostCountry: 'CR',
    nationality: 'NI',
    arrivalDate: '2023-06',
    statuses: [{ code: 'asylum_seeker', since: '2023-07-01' }],
    adult: 'yes',
  },
  { hostCountry: 'EC', nationality: 'HT', arrivalDate: 'unsure', statuses: [{ code: 'unsure' }], adult: 'unsure' },
  { hostCountry: 'GT', nationality: 'CU', statuses: [{ code: 'none' }], adult: 'no' },
]

/** The i-th sample screening (cycling through a few typical answer sets), evaluated as of `asOf`. */
export function sampleScreening(i: number, asOf = '2024-03-01'): { answers: Answers; evaluation: Evaluation } {
  const answers = answerSets[i % answerSets.length]!
  return { answers, evaluation: evaluate(shippedHistory, answers, asOf) }
}

/** A screening in Costa Rica with programme facts: one a programme there asks, one only Ecuador's, one sensitive. */
export function sampleProgrammeScreening(asOf = '2024-03-01'): {
  answers: Answers
  evaluation: Evaluation
  programmes: ProgrammeEvaluation[]
} {
  const answers: Answers = {
    hostCountry: 'CR',
    nationality: 'NI',
    arrivalDate: '2019-03',
    statuses: [{ code: 'asylum_seeker', since: '2019-05-01' }],
    adult: 'yes',
    facts: { 'lived-in-cr-since-asylum-claim': 'yes', 'has-virte': 'no', 'criminal-record': 'no' },
  }
  return {
    answers,
    evaluation: evaluate(shippedHistory, answers, asOf),
    programmes: evaluateProgrammes(shippedProgrammes, answers, asOf),
  }
}
