import 'server-only'

import { headers } from 'next/headers'

/**
 * Options for a private cookie of the public side (answers, assisted device): HttpOnly, SameSite=Lax, path "/",
 * Secure everywhere but on localhost (browsers refuse Secure cookies over plain HTTP elsewhere). Without
 * `maxAge` the cookie lasts until the browser closes.
 */
export async function privateCookieOptions(maxAge?: number) {
  const host = (await headers()).get('host') ?? ''
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host)
  return { httpOnly: true, sameSite: 'lax' as const, secure: !local, path: '/', maxAge }
}
