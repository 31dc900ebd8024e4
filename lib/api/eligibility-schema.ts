// POST /api/v1/eligibility: request schema (the source for validation and for the OpenAPI document).
import { z } from 'zod'

import { answersSchema, isoDay } from '@/lib/rules/answers'

export const maxRequestBytes = 32 * 1024

export const eligibilityRequestSchema = z
  .strictObject(
    {
      answers: answersSchema,
      asOf: isoDay
        .optional()
        .meta({ description: 'Apply the rules of this day (YYYY-MM-DD); default today in the region.' }),
    },
    { error: 'invalid_request' },
  )
  .meta({ id: 'EligibilityRequest' })
