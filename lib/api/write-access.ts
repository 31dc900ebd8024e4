import 'server-only'

import { fallbackLng } from '@/lib/i18n/settings'

import { clientOfAuthorization } from './api-keys'
import { apiLanguage } from './language'
import { localizeIssues } from './messages'

/** Whether a request says its body is JSON (application/json, any parameters such as charset). */
function isJsonContentType(value: string | null): boolean {
  return /^application\/json[ \t]*(;|$)/i.test(value ?? '')
}

/**
 * Who may write through the API: the client of the request's API key, or the answer to send instead
 * (401 without a live key, 415 for any body that is not declared application/json, 503 when the
 * database cannot check the key).
 */
export async function writeAccess(request: Request): Promise<{ client: string } | { response: Response }> {
  const lng = apiLanguage(request) ?? fallbackLng
  const refuse = (status: number, code: string, headers?: Record<string, string>) => ({
    response: Response.json(
      { error: code, issues: localizeIssues([{ path: '', code }], lng) },
      { status, headers: { 'Cache-Control': 'no-store', ...headers } },
    ),
  })
  const client = await clientOfAuthorization(request.headers.get('authorization'))
  if (client === 'unavailable') return refuse(503, 'not_stored', { 'Retry-After': '30' })
  if (!client) return refuse(401, 'unauthorized', { 'WWW-Authenticate': 'Bearer realm="screenings"' })
  if (!isJsonContentType(request.headers.get('content-type'))) return refuse(415, 'unsupported_media_type')
  return { client }
}
