import acceptLanguage from 'accept-language'
import { type NextRequest, NextResponse } from 'next/server'

import { refuseBadRequest } from '@/lib/http/refusal'
import { cookieName, fallbackLng, isLanguage, languages } from '@/lib/i18n/settings'

acceptLanguage.languages([...languages])

export const config = {
  // Everything except Next's assets and public files (the API too: refuseBadRequest guards it).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
}

/** Sends "/" and other unprefixed paths to a language: path, then cookie, then Accept-Language, then Spanish. */
export async function proxy(req: NextRequest) {
  const refused = await refuseBadRequest(req)
  if (refused) return refused
  const { pathname, search } = req.nextUrl
  if (pathname === '/api' || pathname.startsWith('/api/')) return NextResponse.next()
  const first = pathname.split('/')[1]
  if (isLanguage(first)) {
    const headers = new Headers(req.headers)
    // The language switcher links to the same page and query (a page showing errors keeps them).
    headers.set('x-pathname', pathname + search)
    // One id per request for the log lines it causes (lib/log.ts); a proxy's own id is kept.
    if (!headers.has('x-request-id')) headers.set('x-request-id', crypto.randomUUID())
    const res = NextResponse.next({ request: { headers } })
    // Remember the language a person chose for "/" until the browser closes: on a shared phone a lasting
    // cookie would tell the next person which language the last one read.
    if (req.cookies.get(cookieName)?.value !== first) {
      res.cookies.set(cookieName, first, { path: '/', sameSite: 'lax', httpOnly: true })
    }
    return res
  }
  const fromCookie = req.cookies.get(cookieName)?.value
  const lng = isLanguage(fromCookie)
    ? fromCookie
    : (acceptLanguage.get(req.headers.get('accept-language')) ?? fallbackLng)
  const rest = pathname === '/' ? '' : pathname
  return NextResponse.redirect(new URL(`/${lng}${rest}${search}`, req.url))
}
