// Answers in progress. They live only with the person (an encrypted cookie), never in the database.
import { z } from 'zod'

import { answerDate, type Answers, answersSchema, isoDay, statusAnswer } from '@/lib/rules/answers'

export const draftSchema = z.object({
  hostCountry: answersSchema.shape.hostCountry.optional(),
  /** "I am in another country": the country chosen instead of a host country (lib/questionnaire/region.ts). */
  elsewhere: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  nationality: answersSchema.shape.nationality.optional(),
  /** "I am stateless or I do not know my nationality", instead of a nationality. */
  stateless: z.literal(true).optional(),
  /** The last answer changed the host country, so the next questions say why they are asked again. */
  hostChanged: z.literal(true).optional(),
  arrivalDate: answerDate.optional(),
  statuses: z.array(statusAnswer).optional(),
  adult: answersSchema.shape.adult.optional(),
  /** Answers to programme facts asked so far (yes / no / unsure), by fact id. */
  facts: answersSchema.shape.facts,
  /** The day the rules are applied; absent means today. */
  asOf: isoDay.optional(),
  /** Idempotency key of this screening: the outcome is stored once per key. */
  screeningId: z.string().max(64).optional(),
  resultCode: z.string().max(16).optional(),
  /** The day "See my result" evaluated the answers on: the result page shows that evaluation, even after midnight. */
  evaluatedOn: isoDay.optional(),
})
export type Draft = z.infer<typeof draftSchema>

/** The complete answers of a draft, or null while a question is still open. */
export function completeAnswers(draft: Draft): Answers | null {
  const parsed = answersSchema.safeParse({
    hostCountry: draft.hostCountry,
    nationality: draft.nationality,
    arrivalDate: draft.arrivalDate,
    statuses: draft.statuses,
    adult: draft.adult,
    facts: draft.facts,
  })
  return parsed.success ? parsed.data : null
}
