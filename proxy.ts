import acceptLanguage from 'accept-language'
import { type NextRequest, NextResponse } from 'next/server'

import { apiLanguage } from '@/lib/api/language'
import { quickExitUrl } from '@/lib/http/quick-exit'
import { refuseBadRequest } from '@/lib/http/refusal'
import { cookieName, fallbackLng, isLanguage, type Language, languages } from '@/lib/i18n/settings'
import { clientKey } from '@/lib/rate-limit/client-key'
import { tooManyJson, tooManyPage } from '@/lib/rate-limit/refusal'
import { type LimitName } from '@/lib/rate-limit/settings'
import { consume } from '@/lib/rate-limit/store'
import { newNonce, securityHeaders } from '@/lib/security/headers'

acceptLanguage.languages([...languages])

export const config = {
  // Every response, API and static files included, so each one carries the security headers.
  matcher: ['/:path*'],
}

/**
 * Sets the security headers of every response (a fresh CSP nonce each time, which Next reads from the request's
 * copy of the policy and puts on its own scripts), and sends "/" and other unprefixed paths to a language:
 * path, then cookie, then Accept-Language, then Spanish. Malformed requests are refused first (lib/http/refusal.ts).
 */
export async function proxy(req: NextRequest) {
  const nonce = newNonce()
  const secure = securityHeaders(nonce, process.env.PUBLIC_BASE_URL, quickExitUrl())
  const res = (await refuseBadRequest(req)) ?? (await refused(req)) ?? route(req, secure['Content-Security-Policy']!)
  for (const [name, value] of Object.entries(secure)) res.headers.set(name, value)
  // What carries an evaluation or a result code is never kept by a cache.
  if (limitOf(req)?.api) res.headers.set('Cache-Control', 'no-store')
  return res
}

/** The limited routes: the two evaluating API operations and the result-code pages. */
function limitOf(req: NextRequest): { name: LimitName; api: boolean; lng: Language } | null {
  const { pathname } = req.nextUrl
  if (req.method === 'POST' && pathname === '/api/v1/screenings')
    return { name: 'screenings', api: true, lng: apiLanguage(req) ?? fallbackLng }
  if (req.method === 'POST' && pathname === '/api/app/outcomes')
    return { name: 'deviceOutcomes', api: true, lng: apiLanguage(req) ?? fallbackLng }
  if (req.method === 'POST' && pathname === '/api/v1/eligibility')
    return { name: 'eligibility', api: true, lng: apiLanguage(req) ?? fallbackLng }
  const page = /^\/(es|en|fr|ht)\/r\/[^/]+\/?$/.exec(pathname)
  if (page && req.method === 'GET') return { name: 'resultPages', api: false, lng: page[1] as Language }
  return null
}

/** The 429 answer when this client is over the route's limit, else null. */
async function refused(req: NextRequest): Promise<Response | null> {
  const limit = limitOf(req)
  if (!limit) return null
  const verdict = await consume(limit.name, clientKey(req.headers))
  if (verdict.ok) return null
  return limit.api
    ? tooManyJson(limit.lng, verdict.retryAfterSeconds)
    : tooManyPage(limit.lng, verdict.retryAfterSeconds, `/${limit.lng}`)
}

function route(req: NextRequest, csp: string): Response {
  const { pathname, search } = req.nextUrl
  const first = pathname.split('/')[1]
  const headers = new Headers(req.headers)
  headers.set('content-security-policy', csp)
  // One id per request for the log lines it causes (lib/log.ts); a proxy's own id is kept.
  if (!headers.has('x-request-id')) headers.set('x-request-id', crypto.randomUUID())
  if (!isLanguage(first)) {
    if (first === 'api' || first === '_next' || pathname.includes('.'))
      return NextResponse.next({ request: { headers } })
    const fromCookie = req.cookies.get(cookieName)?.value
    const lng = isLanguage(fromCookie)
      ? fromCookie
      : (acceptLanguage.get(req.headers.get('accept-language')) ?? fallbackLng)
    const rest = pathname === '/' ? '' : pathname
    return NextResponse.redirect(new URL(`/${lng}${rest}${search}`, req.url))
  }
  // The language switcher links to the same page and query (a page showing errors keeps them).
  headers.set('x-pathname', pathname + search)
  const res = NextResponse.next({ request: { headers } })
  // Remember the language a person chose for "/" until the browser closes: on a shared phone a lasting
  // cookie would tell the next person which language the last one read.
  if (req.cookies.get(cookieName)?.value !== first) {
    res.cookies.set(cookieName, first, { path: '/', sameSite: 'lax', httpOnly: true })
  }
  return res
}
