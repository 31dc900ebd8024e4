// The anonymised outcome a device keeps while it waits to send it (the questionnaire run in the browser): the
// whitelisted columns of lib/outcomes/stored-columns.ts and nothing else, so no exact date and no answer text ever
// waits on a phone. Pure: the browser builds it, the server validates it (app/api/app/outcomes/route.ts).
import { z } from 'zod'

import { languages } from '@/lib/i18n/settings'
import { type Answers, answersSchema, hostCountries, isoDay, statusCodes } from '@/lib/rules/answers'
import { criterionIds, criterionStatuses, type Evaluation, outcomes } from '@/lib/rules/evaluation'

import { arrivalBucket } from './arrival-bucket'

export const deviceOutcomeSchema = z.strictObject({
  /** The screening's idempotency key, a random UUID made on the device. */
  key: z.uuid(),
  /** The day it was screened on the device (sent later, maybe days later). */
  screenedOn: isoDay,
  /** Whether the device had no connection when the result was shown. */
  offline: z.boolean(),
  asOf: isoDay,
  locale: z.enum(languages),
  hostCountry: z.enum(hostCountries),
  nationality: answersSchema.shape.nationality,
  arrival: z.enum(['on_or_before', 'after', 'straddles', 'unknown', 'not_asked', 'no_cutoff']),
  statuses: z.array(z.enum(statusCodes)).max(statusCodes.length),
  adult: answersSchema.shape.adult,
  outcome: z.enum(outcomes),
  criteria: z
    .array(z.strictObject({ id: z.enum(criterionIds), status: z.enum(criterionStatuses) }))
    .max(criterionIds.length),
  rulesVersion: z.string().min(1).max(100),
})
export type DeviceOutcome = z.infer<typeof deviceOutcomeSchema>

/** The outcome to queue for one screening done in the browser. */
export function deviceOutcome(
  evaluation: Evaluation,
  answers: Answers,
  meta: { key: string; screenedOn: string; offline: boolean; locale: DeviceOutcome['locale'] },
): DeviceOutcome {
  return {
    ...meta,
    asOf: evaluation.asOf.slice(0, 10),
    hostCountry: answers.hostCountry,
    nationality: answers.nationality,
    arrival: arrivalBucket(
      answers.arrivalDate,
      evaluation.criteria.find((c) => c.id === 'arrival-date'),
    ),
    statuses: [...new Set(answers.statuses.map((s) => s.code))].sort(),
    adult: answers.adult,
    outcome: evaluation.outcome,
    criteria: evaluation.criteria.map(({ id, status }) => ({ id, status })),
    rulesVersion: evaluation.rulesVersion,
  }
}
