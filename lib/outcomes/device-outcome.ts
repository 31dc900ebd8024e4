// The anonymised outcome a device keeps while it waits to send it (the questionnaire run in the browser): the
// whitelisted columns of lib/outcomes/stored-columns.ts and nothing else, so no exact date and no answer text ever
// waits on a phone. Pure: the browser builds it, the server validates it (app/api/app/outcomes/route.ts and
// device-row.ts). The other programmes' rows are those of programme-rows.ts, the version under its short name.
import { z } from 'zod'

import { languages } from '@/lib/i18n/settings'
import {
  type Answers,
  answersSchema,
  factAnswer,
  factId,
  hostCountries,
  isoDay,
  statusCodes,
} from '@/lib/rules/answers'
import { criterionIds, criterionStatuses, type Evaluation, outcomes } from '@/lib/rules/evaluation'
import type { ProgrammeEvaluation } from '@/lib/rules/programmes'

import { codedScreening } from './coded-screening'
import { toOutcomeProgrammeRows } from './programme-rows'

/** One other programme's anonymised row; device-row.ts checks it against the programmes this server screens with. */
const deviceProgrammeRowSchema = z.strictObject({
  programme: factId,
  version: factId,
  outcome: z.enum(outcomes),
  criteria: z.array(z.strictObject({ id: z.string().min(1).max(100), status: z.enum(criterionStatuses) })).max(40),
  facts: z.record(factId, factAnswer).refine((facts) => Object.keys(facts).length <= 40),
})
export type DeviceProgrammeRow = z.infer<typeof deviceProgrammeRowSchema>

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
  /** Absent in outcomes queued before devices sent them: none. */
  programmes: z.array(deviceProgrammeRowSchema).max(20).default([]),
})
export type DeviceOutcome = z.infer<typeof deviceOutcomeSchema>

/** The outcome to queue for one screening done in the browser, with one row per other programme screened. */
export function deviceOutcome(
  evaluation: Evaluation,
  programmes: ProgrammeEvaluation[],
  answers: Answers,
  meta: { key: string; screenedOn: string; offline: boolean; locale: DeviceOutcome['locale'] },
): DeviceOutcome {
  const coded = codedScreening(evaluation, answers)
  return {
    ...meta,
    asOf: coded.asOf,
    hostCountry: answers.hostCountry,
    nationality: answers.nationality,
    arrival: coded.arrival,
    statuses: coded.statuses,
    adult: answers.adult,
    outcome: evaluation.outcome,
    criteria: coded.criteria,
    rulesVersion: evaluation.rulesVersion,
    programmes: toOutcomeProgrammeRows(programmes, answers).map((row) => ({
      programme: row.programme,
      version: row.programme_version,
      outcome: row.outcome,
      // criterionStatusesByKey keys statuses as strings; they are the engine's CriterionStatus values.
      criteria: row.criteria as DeviceProgrammeRow['criteria'],
      facts: row.facts,
    })),
  }
}
