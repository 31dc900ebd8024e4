import 'server-only'

import { cookies } from 'next/headers'

import { secureCookies } from '@/lib/http/secure-cookies'

import { absoluteTimeoutMs } from './sessions'

// Secure over HTTPS (lib/http/secure-cookies.ts), where the __Host- prefix also pins the cookie to this host and
// path "/". Browsers accept Secure cookies over plain HTTP from localhost only: the browser tests use localhost.
const secure = secureCookies

/** The name of the admin session cookie. */
function sessionCookieName(): string {
  return secure() ? '__Host-smi_admin' : 'smi_admin'
}

/** The session token the browser sent, if any. */
export async function readSessionCookie(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value
}

/** Stores a session token in an HttpOnly, SameSite=Lax cookie that lasts no longer than the session. */
export async function writeSessionCookie(token: string): Promise<void> {
  ;(await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(),
    path: '/',
    maxAge: absoluteTimeoutMs / 1000,
  })
}

/** Removes the session cookie. */
export async function clearSessionCookie(): Promise<void> {
  ;(await cookies()).delete({ name: sessionCookieName(), path: '/', secure: secure(), httpOnly: true, sameSite: 'lax' })
}
