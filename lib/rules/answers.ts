// The answers contract: the same for the questionnaire, the JSON API and test-case files (issue 3).
// zod reports codes, never sentences: pages and the API translate them (locales/<lng>/errors.json).
import { z } from 'zod'

import { isCountryCode } from './countries'

export const hostCountries = ['CO', 'CR', 'EC', 'GT'] as const
export type HostCountry = (typeof hostCountries)[number]

export const statusCodes = [
  'ppt',
  'ppt_in_process',
  'regular_permit',
  'asylum_seeker',
  'refugee',
  'regularization_applied',
  'valid_passport',
  'expired_passport',
  'national_id',
  'none',
  'unsure',
] as const
export type StatusCode = (typeof statusCodes)[number]

/** Calendar day "YYYY-MM-DD" that exists (no 31 February). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .refine(isRealDay, 'invalid_date')
/** Calendar month "YYYY-MM". */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid_date')
/** A remembered date: a day, only a month, or "unsure". */
export const answerDate = z.union([isoDay, isoMonth, z.literal('unsure')], { error: 'invalid_date' })
export type AnswerDate = z.infer<typeof answerDate>

export const statusAnswer = z.object({
  code: z.enum(statusCodes, { error: 'invalid_status' }),
  since: answerDate.optional(),
})
export type StatusAnswer = z.infer<typeof statusAnswer>

export const answersSchema = z.object({
  hostCountry: z.enum(hostCountries, { error: 'invalid_host_country' }),
  /** ISO 3166-1 alpha-2, any country that has a code (ZZ and other unassigned codes are refused). */
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'invalid_nationality')
    .refine(isCountryCode, 'invalid_nationality'),
  /** Absent when no arrival cutoff applies to this person. */
  arrivalDate: answerDate.optional(),
  statuses: z.array(statusAnswer, { error: 'invalid_statuses' }).max(statusCodes.length, 'invalid_statuses'),
  adult: z.enum(['yes', 'no', 'unsure'], { error: 'invalid_adult' }),
})
export type Answers = z.infer<typeof answersSchema>

function isRealDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}
