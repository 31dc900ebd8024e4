// Schemas of the programme answers (the source for the OpenAPI document and the contract test): each programme's
// evaluation in POST /api/v1/eligibility and /screenings, and the published programmes of GET /api/v1/programmes.
// The rule values are the programmes' own blocks, so a client reads them with the same types as the data.
import { z } from 'zod'

import { hostCountries, isoDay } from '@/lib/rules/answers'
import { criterionIds, criterionStatuses, outcomes } from '@/lib/rules/evaluation'
import {
  blockSchema,
  factDefinitionSchema,
  programmeInfoSchema,
  programmePeriodSchema,
  programmePeriodStatuses,
  programmeSchema,
  sensitiveConditions,
} from '@/lib/rules/programmes'
import { ruleSetSchema } from '@/lib/rules/schema'

const status = z.enum(criterionStatuses)
const blockIds = blockSchema.options.map((o) => o.shape.id.value)

const blockResultSchema = z.object({
  id: z.enum(blockIds).meta({ description: 'The block; `rule` is the block itself, with its sources.' }),
  status,
  rule: blockSchema,
  period: programmePeriodSchema.optional().meta({ description: 'Registration: the period in force that day.' }),
  periodStatus: z.enum(programmePeriodStatuses).optional(),
  closedSince: isoDay.optional(),
  opensOn: isoDay.optional(),
})
const hostCountryResultSchema = z.object({
  id: z.literal('host-country'),
  status,
  rule: z.object({ hostCountries: z.array(z.enum(hostCountries)) }),
})
const nextStepSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).optional(),
})

const common = {
  programme: z.string().meta({ description: 'Programme id (GET /api/v1/programmes/{id}).' }),
  kind: programmeInfoSchema.shape.kind,
  outcome: z.enum(outcomes),
  version: z.string().meta({ description: "Id of the programme's version that decided." }),
  asOf: isoDay,
  hostCountry: z.enum(hostCountries),
  applies: z.boolean().meta({ description: 'False: not for this host country or nationality (one line on a page).' }),
  nextSteps: z.array(nextStepSchema),
  checkYourself: z
    .array(z.enum(sensitiveConditions))
    .meta({ description: 'Conditions never asked, for the person to check; they never change the outcome.' }),
}

export const programmeEvaluationSchema = z
  .discriminatedUnion('engine', [
    z.object({
      engine: z.literal('blocks'),
      ...common,
      criteria: z.array(z.union([hostCountryResultSchema, blockResultSchema])),
      routes: z.array(z.object({ id: z.string(), outcome: z.enum(outcomes), criteria: z.array(blockResultSchema) })),
      route: z.string().optional().meta({ description: 'The route that gave the outcome.' }),
    }),
    z.object({
      engine: z.literal('safe-mobility'),
      ...common,
      criteria: z.array(z.object({ id: z.enum(criterionIds), status, ruleValue: z.record(z.string(), z.unknown()) })),
    }),
  ])
  .meta({ id: 'ProgrammeEvaluation', description: 'One programme evaluated; Safe Mobility repeats the top level.' })

const safeMobilityProgrammeSchema = programmeInfoSchema.extend({
  engine: z.literal('safe-mobility'),
  facts: z.array(factDefinitionSchema).max(0),
  history: z.array(ruleSetSchema).meta({ description: 'Its rule-set versions, as GET /api/v1/rules/{versionId}.' }),
})

export const programmeDocumentSchema = z
  .discriminatedUnion('engine', [programmeSchema, safeMobilityProgrammeSchema])
  .meta({ id: 'Programme', description: 'A programme as published: every version, every value with its source.' })

export const programmeListSchema = z
  .object({
    programmes: z.array(
      programmeInfoSchema.pick({ id: true, kind: true, name: true, officialName: true, hostCountries: true }).extend({
        inForce: z.string().meta({ description: 'Id of the version in force today.' }),
        versions: z.array(z.object({ id: z.string(), effectiveFrom: isoDay, note: z.string() })),
        href: z.string().meta({ description: 'Path of the whole programme with every source.' }),
      }),
    ),
  })
  .meta({ id: 'ProgrammeList' })
export type ProgrammeList = z.infer<typeof programmeListSchema>
