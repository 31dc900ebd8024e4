// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests (zod 4 emits JSON Schema).
import { z } from 'zod'

import {
  evaluationSchema,
  screeningErrorSchema,
  screeningRequestSchema,
  screeningResponseSchema,
} from '@/lib/outcomes/api-schema'
import { answersSchema } from '@/lib/rules/answers'
import { ruleSetSchema } from '@/lib/rules/schema'

import { eligibilityRequestSchema } from './eligibility-schema'

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })
const json = (id: string) => ({ content: { 'application/json': { schema: ref(id) } } })
const lang = {
  name: 'lang',
  in: 'query',
  required: false,
  schema: { enum: ['es', 'en', 'fr', 'ht'] },
  description: 'Adds sentences in this language next to the codes (or send Accept-Language).',
}

const errorSchema = z
  .object({
    error: z.string(),
    issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' })

/** Builds the OpenAPI document of /api/v1. */
export function openApiDocument() {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries({
    Answers: answersSchema,
    EligibilityRequest: eligibilityRequestSchema,
    Evaluation: evaluationSchema,
    RuleSet: ruleSetSchema,
    ScreeningRequest: screeningRequestSchema,
    ScreeningResponse: screeningResponseSchema,
    ScreeningError: screeningErrorSchema,
    Error: errorSchema,
  }))
    registry.add(schema, { id })
  const { schemas: raw } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  })
  // Components carry no $schema/$id of their own: OpenAPI 3.1 defaults to JSON Schema 2020-12.
  const schemas = Object.fromEntries(
    Object.entries(raw).map(([id, schema]) => {
      const copy = { ...schema }
      delete copy.$schema
      delete copy.$id
      return [id, copy]
    }),
  )
  const bad = { description: 'Invalid body: field errors as codes with messages', ...json('Error') }
  const tooLarge = { description: 'Body over 32 KB', ...json('Error') }
  const tooMany = {
    description: 'Too many requests from this client: wait Retry-After seconds',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
    ...json('Error'),
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Safe Mobility screener API',
      version: '1.0.0',
      description: 'Independent screener for the Safe Mobility Offices (2023–2025). Not legal advice.',
    },
    paths: {
      '/api/v1/eligibility': {
        post: {
          summary: 'Evaluate answers against the rules in force on a day (stores nothing)',
          parameters: [lang],
          requestBody: { required: true, ...json('EligibilityRequest') },
          responses: {
            200: { description: 'The evaluation', ...json('Evaluation') },
            400: bad,
            413: tooLarge,
            429: tooMany,
          },
        },
      },
      '/api/v1/screenings': {
        post: {
          summary: "Evaluate and store the anonymised outcome (channel api, attributed to the key's client)",
          security: [{ apiKey: [] }],
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } }],
          requestBody: { required: true, ...json('ScreeningRequest') },
          responses: {
            201: { description: 'Stored', ...json('ScreeningResponse') },
            400: { description: 'Invalid', ...json('ScreeningError') },
            401: { description: 'No live API key', ...json('ScreeningError') },
            413: { description: 'Too large', ...json('ScreeningError') },
            415: { description: 'Body not declared application/json', ...json('ScreeningError') },
            429: tooMany,
            503: { description: 'Outcome could not be stored', ...json('ScreeningError') },
          },
        },
      },
      '/api/v1/rules': {
        get: {
          summary: 'Every rule-set version',
          responses: { 200: { description: 'Version summaries and the id in force today' } },
        },
      },
      '/api/v1/rules/{versionId}': {
        get: {
          summary: 'One rule-set version with sources',
          parameters: [{ name: 'versionId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The version', ...json('RuleSet') },
            404: { description: 'No such version', ...json('Error') },
          },
        },
      },
      '/api/health': {
        get: {
          summary: 'Health',
          responses: {
            200: {
              description:
                'Always 200 while serving: { status: ok | degraded, database: up | down, outbox: { pending, rejected }, rulesVersion }; degraded when the database is down or outcomes wait in the outbox',
            },
          },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A partner key from an admin' } },
    },
  }
}
