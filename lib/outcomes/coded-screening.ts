// The coded columns of a screening that the server (stored-columns.ts) and the device (device-outcome.ts) derive
// the same way. Browser-safe: no node imports.
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

import { arrivalBucket } from './arrival-bucket'

/** The day applied, the arrival bucket (never the date), the status codes and each criterion's status. */
export function codedScreening(evaluation: Evaluation, answers: Answers) {
  return {
    asOf: evaluation.asOf.slice(0, 10),
    arrival: arrivalBucket(
      answers.arrivalDate,
      evaluation.criteria.find((c) => c.id === 'arrival-date'),
    ),
    statuses: [...new Set(answers.statuses.map((s) => s.code))].sort(),
    criteria: evaluation.criteria.map(({ id, status }) => ({ id, status })),
  }
}
