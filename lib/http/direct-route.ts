// The JSON API operations a crowd calls (evaluate, store a screening, the device's outcomes) skip proxy.ts:
// Next.js copies every request body into web streams for a proxy, which cost 2.3 ms of CPU per request on the
// benchmark machine, more than the whole route (docs/decisions/0011, "The direct routes"). What the proxy does
// for every other path happens here instead: the route's shared rate limit, the security headers, no-store, and
// a 405 with Allow for any other method.
import 'server-only'

import { apiLanguage } from '@/lib/api/language'
import { fallbackLng } from '@/lib/i18n/settings'
import { errorFields, requestLog } from '@/lib/log'
import { clientKey } from '@/lib/rate-limit/client-key'
import { tooManyJson } from '@/lib/rate-limit/refusal'
import { type LimitName } from '@/lib/rate-limit/settings'
import { consume } from '@/lib/rate-limit/store'
import { newNonce, securityHeaders } from '@/lib/security/headers'

import { quickExitUrl } from './quick-exit'
import { refusal } from './refusal'
import { allowedMethods } from './request-guards'

/** The paths of the direct routes; proxy.ts's matcher leaves out exactly these (a unit test holds them equal). */
export const directPaths = ['/api/v1/eligibility', '/api/v1/screenings', '/api/app/outcomes'] as const

type Handler = (request: Request) => Promise<Response>

/** The route module's handlers: POST under `limit`'s shared count; OPTIONS and 405s from the path's Allow list. */
export function directRoute(limit: LimitName, post: Handler) {
  const other = guarded(async (request) => {
    const allow = allowedMethods(new URL(request.url).pathname) ?? ['POST']
    return request.method === 'OPTIONS' && allow.includes('OPTIONS')
      ? new Response(null, { status: 204, headers: { Allow: allow.join(', ') } })
      : refusal(request, 'methodNotAllowed', allow)
  })
  return {
    POST: guarded(async (request) => {
      const verdict = await consume(limit, clientKey(request.headers))
      if (!verdict.ok) return tooManyJson(apiLanguage(request) ?? fallbackLng, verdict.retryAfterSeconds)
      return post(request)
    }),
    OPTIONS: other,
    GET: other,
    HEAD: other,
    PUT: other,
    PATCH: other,
    DELETE: other,
  }
}

/** `handler` with the headers every response carries; an unexpected failure is logged, and answered 500 with them. */
function guarded(handler: Handler): Handler {
  return async (request) => {
    let res: Response
    try {
      res = await handler(request)
    } catch (error) {
      requestLog(request.headers).error({ event: 'request_failed', ...errorFields(error) })
      res = Response.json({ error: 'internal_error' }, { status: 500 })
    }
    for (const [name, value] of Object.entries(
      securityHeaders(newNonce(), process.env.PUBLIC_BASE_URL, quickExitUrl()),
    ))
      res.headers.set(name, value)
    res.headers.set('Cache-Control', 'no-store')
    return res
  }
}
