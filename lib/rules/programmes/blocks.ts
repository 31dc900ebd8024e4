// The building blocks every programme's criteria are made of, typed by id (a discriminated union), so a page
// reads a rule value without guards or casts. Each value carries its source, the day it was checked and, where
// sources disagree, the reason for the choice. zod reports codes, never sentences.
import { z } from 'zod'

import { factId, isoDay, statusCodes } from '../answers'
import { acceptedStatusCodes } from '../answers'
import { sourceSchema } from '../schema'

/** Where a value comes from, when someone checked it, and why it was chosen if sources disagree. */
export const provenance = { source: sourceSchema, verifiedOn: isoDay, reason: z.string().min(1).optional() }
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'invalid_nationality')
/** What a criterion gives when its condition fails: not_met, or unknown where sources do not settle it. */
const failure = z.enum(['not_met', 'unknown'])

/** Days from `from` to `until` (both counted); a flagged edge day gives "unknown" (sources disagree on it). */
const dateWindowSchema = z
  .object({
    from: isoDay.optional(),
    fromDayUncertain: z.boolean().optional(),
    until: isoDay.optional(),
    untilDayUncertain: z.boolean().optional(),
  })
  .refine((w) => w.from !== undefined || w.until !== undefined, { error: 'empty_window' })
  .refine((w) => !w.from || !w.until || w.from <= w.until, { error: 'until_before_from', path: ['until'] })
export type DateWindow = z.infer<typeof dateWindowSchema>

/** open: applications taken; referral_only: nobody applies, an agency identifies cases. */
export const programmePeriodStatuses = ['open', 'referral_only', 'closed', 'unknown'] as const
export type ProgrammePeriodStatus = (typeof programmePeriodStatuses)[number]

export const programmePeriodSchema = z
  .object({
    status: z.enum(programmePeriodStatuses),
    from: isoDay,
    until: isoDay.optional(),
    /** Only for these nationalities; absent = everyone. */
    nationalities: z.array(countryCode).min(1).optional(),
    /** Only for people holding one of these statuses; absent = everyone. */
    statuses: z.array(z.enum(statusCodes)).min(1).optional(),
    ...provenance,
  })
  .refine((p) => !p.until || p.until >= p.from, { error: 'until_before_from', path: ['until'] })
export type ProgrammePeriod = z.infer<typeof programmePeriodSchema>

const registration = z.object({ id: z.literal('registration'), periods: z.array(programmePeriodSchema) })

const nationalityAnyOf = z.object({
  id: z.literal('nationality-any-of'),
  nationalities: z.array(z.object({ code: countryCode, uncertain: z.boolean().optional(), ...provenance })).min(1),
})

const nationalityAnyBut = z.object({
  id: z.literal('nationality-any-but'),
  excluded: z.array(z.object({ code: countryCode, ...provenance })),
  /** Nationals of the host country they live in are excluded too (e.g. "outside the country of persecution"). */
  excludeHostNationals: z.boolean(),
  ...provenance,
})

const arrival = z.object({
  id: z.literal('arrival'),
  window: dateWindowSchema,
  /** What an arrival after the window gives (unknown where no source gives a cutoff for later arrivals). */
  afterWindow: failure,
  ...provenance,
})

const legalStatusAnyOf = z.object({
  id: z.literal('legal-status-any-of'),
  anyOf: z
    .array(
      z.object({
        code: z.enum(acceptedStatusCodes),
        /** The status counts only if registered in this window ("on or before" = a window with only `until`). */
        registered: dateWindowSchema.optional(),
        /** Sources do not settle whether this status counts: "unknown" instead of "met". */
        uncertain: z.boolean().optional(),
        ...provenance,
      }),
    )
    .min(1),
  otherwise: failure,
  ...provenance,
})

const legalStatusNoneOf = z.object({
  id: z.literal('legal-status-none-of'),
  noneOf: z.array(z.object({ code: z.enum(acceptedStatusCodes), ...provenance })).min(1),
  /** What holding one of them gives (unknown where sources do not say whether holders are excluded). */
  whenHeld: failure,
  ...provenance,
})

const age = z.object({ id: z.literal('age'), mustBe: z.enum(['adult', 'minor']), ...provenance })

const fact = z.object({
  id: z.literal('fact'),
  fact: factId,
  mustBe: z.enum(['yes', 'no']),
  /** What the other answer gives (unknown where sources allow another way to meet the condition). */
  otherAnswer: failure,
  ...provenance,
})

export const blockSchema = z.discriminatedUnion(
  'id',
  [registration, nationalityAnyOf, nationalityAnyBut, arrival, legalStatusAnyOf, legalStatusNoneOf, age, fact],
  { error: 'invalid_block' },
)
export type Block = z.infer<typeof blockSchema>
export type BlockId = Block['id']
export type BlockOf<K extends BlockId> = Extract<Block, { id: K }>
