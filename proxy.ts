import acceptLanguage from 'accept-language'
import { type NextRequest, NextResponse } from 'next/server'

import { quickExitUrl } from '@/lib/http/quick-exit'
import { refuseBadRequest } from '@/lib/http/refusal'
import { cookieName, fallbackLng, isLanguage, type Language, languages } from '@/lib/i18n/settings'
import { clientKey } from '@/lib/rate-limit/client-key'
import { tooManyPage } from '@/lib/rate-limit/refusal'
import { consume } from '@/lib/rate-limit/store'
import { newNonce, securityHeaders } from '@/lib/security/headers'

acceptLanguage.languages([...languages])

export const config = {
  // Every response, API and static files included, so each one carries the security headers; except the direct
  // routes (lib/http/direct-route.ts: directPaths), which set them and count their limits themselves.
  matcher: ['/((?!api/v1/eligibility$|api/v1/screenings$|api/app/outcomes$).*)'],
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
  return res
}

/** The result-code page's language when `req` reads one (the limited pages; the API counts in direct-route.ts). */
function resultPageOf(req: NextRequest): Language | null {
  const page = /^\/(es|en|fr|ht)\/r\/[^/]+\/?$/.exec(req.nextUrl.pathname)
  return page && req.method === 'GET' ? (page[1] as Language) : null
}

/** The 429 page when this client is over the result pages' limit, else null. */
async function refused(req: NextRequest): Promise<Response | null> {
  const lng = resultPageOf(req)
  if (!lng) return null
  const verdict = await consume('resultPages', clientKey(req.headers))
  return verdict.ok ? null : tooManyPage(lng, verdict.retryAfterSeconds, `/${lng}`)
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
