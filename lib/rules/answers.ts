// The answers contract: the same for the questionnaire, the JSON API and test-case files.
// zod reports codes, never sentences: pages and the API translate them (locales/<lng>/errors.json).
import { z } from 'zod'

import { calendarDayIssue, calendarMonthIssue } from './calendar-day'
import { isCountryCode } from './countries'

export const hostCountries = ['CO', 'CR', 'EC', 'GT'] as const
export type HostCountry = (typeof hostCountries)[number]

/** Status codes a rule can accept: every answer code except "none" and "unsure". */
export const acceptedStatusCodes = [
  'ppt',
  'ppt_in_process',
  'regular_permit',
  'asylum_seeker',
  'refugee',
  'regularization_applied',
  'valid_passport',
  'expired_passport',
  'national_id',
] as const
export const statusCodes = [...acceptedStatusCodes, 'none', 'unsure'] as const
export type StatusCode = (typeof statusCodes)[number]

/** Calendar day "YYYY-MM-DD" that exists (no 31 February), 1900–2100 (calendar-day.ts). */
export const isoDay = z
  .string()
  .check((ctx) => {
    const code = calendarDayIssue(ctx.value)
    if (code) ctx.issues.push({ code: 'custom', message: code, input: ctx.value })
  })
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
/** A remembered date: a day, only a month, or "unsure". */
export const answerDate = z
  .string({ error: 'invalid_date' })
  .check((ctx) => {
    if (ctx.value === 'unsure') return
    const code = /^\d{4}-\d{2}$/.test(ctx.value) ? calendarMonthIssue(ctx.value) : calendarDayIssue(ctx.value)
    if (code) ctx.issues.push({ code: 'custom', message: code, input: ctx.value })
  })
  .meta({ pattern: '^(\\d{4}-\\d{2}(-\\d{2})?|unsure)$' })
export type AnswerDate = z.infer<typeof answerDate>

export const statusAnswer = z.object({
  code: z.enum(statusCodes, { error: 'invalid_status' }),
  since: answerDate.optional(),
})
export type StatusAnswer = z.infer<typeof statusAnswer>

/** A programme fact: a yes / no / unsure question whose id comes from a programme's data (kebab-case). */
export const factId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_fact')
  .max(80, 'invalid_fact')
export const factAnswer = z.enum(['yes', 'no', 'unsure'], { error: 'invalid_fact_answer' })
export type FactAnswer = z.infer<typeof factAnswer>
/** Bounded so no request can send thousands of keys; facts no programme asks are ignored, never an error. */
const factsSchema = z
  .record(factId, factAnswer, { error: 'invalid_facts' })
  .refine((facts) => Object.keys(facts).length <= 64, 'invalid_facts')

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
  /** Answers to programme facts ({ "family-in-canada": "yes" }); absent in answers given before programmes. */
  facts: factsSchema.optional(),
})
export type Answers = z.infer<typeof answersSchema>
