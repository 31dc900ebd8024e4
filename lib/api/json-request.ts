import 'server-only'

import type { z } from 'zod'

import { issueCodes } from '@/lib/api/api-errors'
import { readBody } from '@/lib/api/read-body'
import { fallbackLng } from '@/lib/i18n/settings'

import { apiLanguage } from './language'
import { localizeIssues } from './messages'

/** Reads and validates a JSON body: the data, or the error response (413 too large, 400 with field errors). */
export async function parseJsonRequest<T extends z.ZodType>(
  request: Request,
  schema: T,
  limit: number,
): Promise<{ data: z.infer<T> } | { response: Response }> {
  const lng = apiLanguage(request) ?? fallbackLng
  const text = await readBody(request, limit)
  if (text === null)
    return {
      response: Response.json(
        { error: 'payload_too_large', issues: localizeIssues([{ path: '', code: 'payload_too_large' }], lng) },
        // The rest of the body was not read: the connection cannot carry another request, so close it.
        { status: 413, headers: { Connection: 'close' } },
      ),
    }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      response: Response.json(
        { error: 'invalid_json', issues: localizeIssues([{ path: '', code: 'invalid_json' }], lng) },
        { status: 400 },
      ),
    }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success)
    return {
      response: Response.json(
        { error: 'invalid_request', issues: localizeIssues(issueCodes(parsed.error), lng) },
        { status: 400 },
      ),
    }
  return { data: parsed.data }
}
