import 'server-only'

import { secureCookies } from '@/lib/http/secure-cookies'

/**
 * Options for a private cookie of the public side (answers, assisted device): HttpOnly, SameSite=Lax, path "/",
 * Secure when the site is served over HTTPS (lib/http/secure-cookies.ts; never read from the request). Without
 * `maxAge` the cookie lasts until the browser closes.
 */
export async function privateCookieOptions(maxAge?: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: secureCookies(), path: '/', maxAge }
}
