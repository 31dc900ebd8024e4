// A rule-set version: an immutable, effective-dated snapshot of the rule values of all four host countries
// Admins edit versions with this same schema, so it stays flat: lists of small objects, each value
// with its source, the day it was checked, and (where sources disagree) the reason for the choice.
// zod reports codes, never sentences.
import { z } from 'zod'

import { acceptedStatusCodes, hostCountries, isoDay } from './answers'

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'invalid_url' }),
  title: z.string().min(1),
})
export type Source = z.infer<typeof sourceSchema>

/** Every value: where it comes from, when someone checked it, and why it was chosen if sources disagree. */
const provenance = { source: sourceSchema, verifiedOn: isoDay, reason: z.string().min(1).optional() }
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'invalid_nationality')

/** open: the online form takes registrations; contact_only: UNHCR/IOM contact eligible people, no form yet. */
export const periodStatuses = ['open', 'contact_only', 'closed', 'unknown'] as const
export type PeriodStatus = (typeof periodStatuses)[number]

const periodSchema = z
  .object({
    status: z.enum(periodStatuses),
    from: isoDay,
    until: isoDay.optional(),
    /** Only for these nationalities (overrides the general periods for them); absent = everyone. */
    nationalities: z.array(countryCode).optional(),
    /**
     * Only for people holding one of these statuses (overrides the periods without statuses for them); absent =
     * everyone. Where the answers cannot tell whether the person holds one, the day is unknown.
     */
    statuses: z
      .array(z.enum(acceptedStatusCodes, { error: 'invalid_status' }))
      .min(1, 'empty_statuses')
      .describe('Only for people holding one of these statuses; absent: everyone.')
      .optional(),
    ...provenance,
  })
  .refine((p) => !p.until || p.until >= p.from, { error: 'until_before_from', path: ['until'] })
export type Period = z.infer<typeof periodSchema>

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
/** Information for the person (when the form opens), never a closure. */
const scheduleSchema = z.object({
  days: z.array(z.enum(weekdays)).min(1),
  opensAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time')
    .optional(),
  timeZone: z.string().min(1).optional(),
  dailyQuota: z.boolean(),
  ...provenance,
})

export const arrivalCutoffSchema = z
  .object({
    /** Last arrival day that counts. */
    onOrBefore: isoDay,
    /** Sources disagree whether arriving on that very day counts: that day gives "unknown". */
    dayUncertain: z.boolean().optional(),
    /** Arrivals after this day (up to onOrBefore) give "unknown": an announced change not confirmed. */
    uncertainAfter: isoDay.optional(),
    ...provenance,
  })
  .refine((c) => !c.uncertainAfter || c.uncertainAfter < c.onOrBefore, {
    error: 'uncertain_after_not_before_cutoff',
    path: ['uncertainAfter'],
  })

const nationalitySchema = z.object({
  code: countryCode,
  /** Sources do not settle whether this nationality was eligible: gives "unknown". */
  uncertain: z.boolean().optional(),
  /** Absent: no arrival cutoff (e.g. nationals of the host country). */
  arrivalCutoff: arrivalCutoffSchema.optional(),
  ...provenance,
})

const acceptedStatusSchema = z.object({
  code: z.enum(acceptedStatusCodes),
  /** The status counts only if registered on or before this day. */
  registeredOnOrBefore: isoDay.optional(),
  dayUncertain: z.boolean().optional(),
  /** A status registered after registeredOnOrBefore gives "unknown", not "not_met": sources disagree on the date. */
  laterUnknown: z
    .boolean()
    .optional()
    .describe('A status registered after registeredOnOrBefore gives unknown, not not_met.'),
  /** The status exists only for these nationalities (e.g. the PPT, Venezuelans only); absent = every nationality. */
  nationalities: z
    .array(countryCode)
    .optional()
    .describe('Only people of these nationalities can hold this status; absent: every nationality.'),
  /** Sources do not settle whether this status counts: gives "unknown" instead of "met". */
  uncertain: z.boolean().optional(),
  ...provenance,
})

const legalStatusSchema = z.object({
  /** Any one of these is enough; an empty list means no legal-status condition. */
  anyOf: z.array(acceptedStatusSchema),
  /** What the criterion gives when no accepted status is met: not_met, or unknown where sources do not settle the condition. */
  otherwise: z.enum(['not_met', 'unknown']),
  ...provenance,
})

export const hostRulesSchema = z
  .object({
    registrationPeriods: z.array(periodSchema),
    schedule: scheduleSchema.optional(),
    nationalities: z.array(nationalitySchema),
    legalStatus: legalStatusSchema,
    minimumAge: z.object({ years: z.int().min(0).max(120), ...provenance }),
    /** The official country page and UNHCR's Help page for the host country (next steps link to them). */
    pages: z.object({ official: sourceSchema, unhcrHelp: sourceSchema, verifiedOn: isoDay }),
  })
  .superRefine((rules, ctx) => {
    const duplicate = (codes: string[]) => codes.find((c, i) => codes.indexOf(c) !== i)
    if (duplicate(rules.nationalities.map((n) => n.code)))
      ctx.addIssue({ code: 'custom', message: 'duplicate_nationality', path: ['nationalities'] })
    if (duplicate(rules.legalStatus.anyOf.map((s) => s.code)))
      ctx.addIssue({ code: 'custom', message: 'duplicate_status', path: ['legalStatus', 'anyOf'] })
    if (overlapping(rules.registrationPeriods))
      ctx.addIssue({ code: 'custom', message: 'overlapping_periods', path: ['registrationPeriods'] })
  })
export type HostRules = z.infer<typeof hostRulesSchema>

export const ruleSetSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_version_id')
    .max(80),
  effectiveFrom: isoDay,
  note: z.string().min(1),
  countries: z.object(
    Object.fromEntries(hostCountries.map((h) => [h, hostRulesSchema])) as Record<
      (typeof hostCountries)[number],
      typeof hostRulesSchema
    >,
  ),
})
export type RuleSet = z.infer<typeof ruleSetSchema>

/** All versions, sorted by effectiveFrom (strictly increasing), ids unique. */
export const historySchema = z
  .array(ruleSetSchema)
  .min(1, 'empty_history')
  .superRefine((versions, ctx) => {
    versions.forEach((v, i) => {
      const prev = versions[i - 1]
      if (prev && prev.effectiveFrom >= v.effectiveFrom)
        ctx.addIssue({ code: 'custom', message: 'history_not_sorted', path: [i, 'effectiveFrom'] })
      if (versions.findIndex((w) => w.id === v.id) !== i)
        ctx.addIssue({ code: 'custom', message: 'duplicate_version_id', path: [i, 'id'] })
    })
  })
export type History = RuleSet[]

/** Two periods for the same people (same nationalities and statuses, or sharing some) cover one day. */
function overlapping(periods: Period[]): boolean {
  return periods.some((a, i) =>
    periods
      .slice(i + 1)
      .some((b) => sameAudience(a, b) && a.from <= (b.until ?? '9999-12-31') && b.from <= (a.until ?? '9999-12-31')),
  )
}

function sameAudience(a: Period, b: Period): boolean {
  return sharing(a.nationalities, b.nationalities) && sharing(a.statuses, b.statuses)
}

/** Both lists absent (everyone), or both present with a code in common. */
function sharing(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return !a && !b
  return a.some((code) => b.includes(code))
}
