// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests (zod 4 emits JSON Schema).
// npm test lints it with Redocly and checks real answers against it (openapi.test.ts, contract.db.test.ts).
import { z } from 'zod'

import {
  evaluationSchema,
  screeningErrorSchema,
  screeningRequestSchema,
  screeningResponseSchema,
} from '@/lib/api/api-schema'
import { answersSchema } from '@/lib/rules/answers'
import { ruleSetSchema } from '@/lib/rules/schema'

import { eligibilityRequestSchema } from './eligibility-schema'
import { openApiPaths } from './openapi-paths'
import { programmeDocumentSchema, programmeEvaluationSchema, programmeListSchema } from './programme-schemas'
import {
  eligibilityResponseSchema,
  errorSchema,
  healthSchema,
  messagesSchema,
  ruleSetListSchema,
} from './response-schemas'

/** Builds the OpenAPI document of /api/v1. */
export function openApiDocument() {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries({
    Answers: answersSchema,
    EligibilityRequest: eligibilityRequestSchema,
    EligibilityResponse: eligibilityResponseSchema,
    Evaluation: evaluationSchema,
    Messages: messagesSchema,
    Programme: programmeDocumentSchema,
    ProgrammeEvaluation: programmeEvaluationSchema,
    ProgrammeList: programmeListSchema,
    RuleSet: ruleSetSchema,
    RuleSetList: ruleSetListSchema,
    ScreeningRequest: screeningRequestSchema,
    ScreeningResponse: screeningResponseSchema,
    ScreeningError: screeningErrorSchema,
    Health: healthSchema,
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
  return {
    openapi: '3.1.0',
    info: {
      title: 'Safe Mobility screener API',
      version: '1.0.0',
      description:
        'Independent screener for the Safe Mobility Offices (2023–2025) and other lawful pathways and regularization programmes. Not legal advice.',
      license: { name: 'All rights reserved', identifier: 'LicenseRef-All-Rights-Reserved' },
    },
    servers: [{ url: '/', description: 'The instance serving this document' }],
    paths: openApiPaths(),
    components: {
      schemas,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key an admin created for a partner (npm run api-key:create -- --client NAME).',
        },
      },
    },
  }
}
