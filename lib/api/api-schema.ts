// POST /api/v1/screenings: request and response schemas, the single source for validation and for the OpenAPI
// document (assembled from these zod schemas; `.meta()` carries ids and descriptions). Error codes, never sentences.
import { z } from 'zod'

import { languages } from '@/lib/i18n/settings'
import { answersSchema, hostCountries, isoDay } from '@/lib/rules/answers'
import { criterionIds, criterionStatuses, outcomes } from '@/lib/rules/evaluation'

import { programmeEvaluationSchema } from './programme-schemas'

/** Largest accepted request body; larger ones get 413. */
export const maxScreeningRequestBytes = 32 * 1024

/** Optional request header naming one screening: the same key again stores nothing new and returns the same code. */
export const idempotencyKeyHeader = 'Idempotency-Key'
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{16,128}$/, 'invalid_idempotency_key')
  .meta({ description: '16–128 printable ASCII characters, random per screening (a UUID is fine).' })

export const screeningRequestSchema = z
  .strictObject(
    {
      answers: answersSchema,
      asOf: isoDay
        .optional()
        .meta({ description: 'Screen as of this day (YYYY-MM-DD); default today in the region (America/Bogota).' }),
      locale: z
        .enum(languages, { error: 'invalid_locale' })
        .optional()
        .meta({ description: 'Language the person was screened in; stored with the outcome. Default es.' }),
    },
    { error: 'invalid_request' },
  )
  .meta({ id: 'ScreeningRequest' })

export const evaluationSchema = z
  .object({
    outcome: z.enum(outcomes),
    rulesVersion: z.string().meta({ description: 'Id of the rule-set version that decided.' }),
    asOf: isoDay,
    hostCountry: z.enum(hostCountries),
    criteria: z.array(
      z.object({
        id: z.enum(criterionIds),
        status: z.enum(criterionStatuses),
        ruleValue: z.record(z.string(), z.unknown()),
      }),
    ),
    nextSteps: z.array(
      z.object({
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).optional(),
      }),
    ),
  })
  .meta({ id: 'Evaluation' })

export const screeningResponseSchema = z
  .object({
    resultCode: z
      .string()
      .regex(/^[2-9A-HJKMNP-TV-Z]{12}$/)
      .meta({
        description:
          'Unguessable 12-character code of this stored outcome (same Idempotency-Key, same code); /{lng}/r/{code} shows it.',
      }),
    evaluation: evaluationSchema,
    programmes: z
      .array(programmeEvaluationSchema)
      .meta({ description: 'Every programme evaluated, Safe Mobility first.' }),
  })
  .meta({ id: 'ScreeningResponse' })
export type ScreeningResponse = z.infer<typeof screeningResponseSchema>

export const screeningErrorSchema = z
  .object({
    error: z
      .enum([
        'invalid_request',
        'invalid_json',
        'payload_too_large',
        'idempotency_key_reused',
        'not_stored',
        'unauthorized',
        'unsupported_media_type',
        'rate_limited',
      ])
      .meta({
        description:
          'idempotency_key_reused (422): the key came before with other answers or day; not_stored (503): neither the database nor the outbox could take the outcome; retry. unauthorized (401): no live API key. unsupported_media_type (415). rate_limited (429): wait Retry-After seconds.',
      }),
    issues: z
      .array(
        z.object({
          path: z
            .string()
            .meta({ description: 'Dotted path in the body (answers.hostCountry), or header:Idempotency-Key.' }),
          code: z.string().meta({ description: 'e.g. invalid_host_country, invalid_date, required, unknown_field' }),
          message: z.string().meta({ description: 'The code in words, in ?lang= / Accept-Language (default es).' }),
        }),
      )
      .optional(),
  })
  .meta({ id: 'ScreeningError' })
export type ScreeningError = z.infer<typeof screeningErrorSchema>
