// A programme: a lawful pathway or regularization the screener checks, as data (names in four languages, kind,
// host countries, official links) plus an effective-dated history of immutable versions, like the Safe Mobility
// history. An admin can build a new programme from the same blocks without a deploy.
import { z } from 'zod'

import { hostCountries, isoDay } from '../answers'
import { blockSchema, provenance } from './blocks'
import { sensitiveConditions } from './sensitive'

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_id')
  .max(80)
const text = z.string().trim().min(1)
/** One text in each of the four product languages. */
const localizedSchema = z.object({ es: text, en: text, fr: text, ht: text })
export type Localized = z.infer<typeof localizedSchema>

const programmeKinds = ['third-country-pathway', 'host-country-regularization', 'referral-only'] as const
export type ProgrammeKind = (typeof programmeKinds)[number]

/** A yes / no / unsure question a programme asks; its "must be" answer sits on the criterion that uses it. */
export const factDefinitionSchema = z.object({ id: kebab, question: localizedSchema })

/** One way through a programme (e.g. the ETPV's entry groups): its criteria add to the version's own. */
const routeSchema = z.object({ id: kebab, criteria: z.array(blockSchema).min(1) })

export const programmeVersionSchema = z.object({
  id: kebab,
  effectiveFrom: isoDay,
  note: z.string().min(1),
  /** Criteria every route shares. */
  criteria: z.array(blockSchema),
  /** Absent: one route made of `criteria`. Present: the person needs any one route (best outcome wins). */
  routes: z.array(routeSchema).min(1).optional(),
  /** Never asked and never changing the outcome: listed for the person to check (criminal record, …). */
  checkYourself: z.array(z.object({ condition: z.enum(sensitiveConditions), ...provenance })),
  /** Information for the person that no criterion decides (e.g. a court-ordered route with unknown rules). */
  notes: z.array(z.object({ id: kebab, text: localizedSchema, ...provenance })).optional(),
})
export type ProgrammeVersion = z.infer<typeof programmeVersionSchema>

const programmeLinkSchema = z.object({ purpose: z.enum(['apply', 'information']), ...provenance })

export const programmeInfoSchema = z.object({
  id: kebab,
  kind: z.enum(programmeKinds),
  name: localizedSchema,
  /** The programme's own official name, in its own language (Spanish where one exists). */
  officialName: z.object({ text, language: z.enum(['es', 'en', 'fr']) }),
  description: localizedSchema,
  /** Referral-only programmes: who identifies the cases (nobody can apply). */
  identifiedBy: z.object({ text: localizedSchema, ...provenance }).optional(),
  hostCountries: z.array(z.enum(hostCountries)).min(1),
  links: z.array(programmeLinkSchema),
})
export type ProgrammeInfo = z.infer<typeof programmeInfoSchema>
