import acceptLanguage from 'accept-language'
import { type NextRequest, NextResponse } from 'next/server'

import { cookieName, fallbackLng, isLanguage, languages } from '@/lib/i18n/settings'

acceptLanguage.languages([...languages])

export const config = {
  // Everything except the API, Next's assets and public files.
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
}

/** Sends "/" and other unprefixed paths to a language: path, then cookie, then Accept-Language, then Spanish. */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl
  const first = pathname.split('/')[1]
  if (isLanguage(first)) {
    const headers = new Headers(req.headers)
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
  const fromCookie = req.cookies.get(cookieName)?.value
  const lng = isLanguage(fromCookie)
    ? fromCookie
    : (acceptLanguage.get(req.headers.get('accept-language')) ?? fallbackLng)
  const rest = pathname === '/' ? '' : pathname
  // Next turns a same-host redirect from the proxy into a relative Location, so the browser keeps its host.
  return NextResponse.redirect(new URL(`/${lng}${rest}${search}`, req.url))
}
