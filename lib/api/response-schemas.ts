// Schemas of the API's answers that no request validates (the source for the OpenAPI document and the contract
// test): the eligibility answer with its sentences, the rules list, health, and the common error.
import { z } from 'zod'

import { languages } from '@/lib/i18n/settings'

import { evaluationSchema } from './api-schema'
import { programmeEvaluationSchema } from './programme-schemas'

export const messagesSchema = z
  .object({
    language: z.enum(languages),
    outcome: z.object({ title: z.string(), summary: z.string() }),
    criteria: z.record(z.string(), z.string()).meta({ description: 'One sentence per criterion id.' }),
    nextSteps: z.array(z.string()),
  })
  .meta({ id: 'Messages', description: 'The evaluation in words, in the language of ?lang= or Accept-Language.' })

export const eligibilityResponseSchema = evaluationSchema
  .extend({
    messages: messagesSchema.optional(),
    programmes: z
      .array(programmeEvaluationSchema)
      .meta({ description: 'Every programme evaluated, Safe Mobility first (the top-level fields are its own).' }),
  })
  .meta({ id: 'EligibilityResponse' })

export const ruleSetListSchema = z
  .object({
    inForce: z.string().meta({ description: 'Id of the version in force today.' }),
    versions: z.array(
      z.object({
        id: z.string(),
        effectiveFrom: z.string().meta({ format: 'date' }),
        note: z.string(),
        href: z.string().meta({ description: 'Path of the full version with every source.' }),
      }),
    ),
  })
  .meta({ id: 'RuleSetList' })

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']).meta({ description: 'degraded while the database looks down or outcomes wait' }),
    database: z.enum(['up', 'down']),
    outbox: z.object({
      pending: z.number().int().min(0).meta({ description: 'Outcomes waiting for the database.' }),
      rejected: z.number().int().min(0).meta({ description: 'Outcomes the database refused for good, set aside.' }),
    }),
    rulesVersion: z.string().nullable(),
  })
  .meta({ id: 'Health' })

export const errorSchema = z
  .object({
    error: z.string().meta({ description: 'A stable code, e.g. invalid_request, not_found, method_not_allowed.' }),
    issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' })
