'use server'
import { redirect } from 'next/navigation'

import { readSessionCookie, writeSessionCookie } from '@/lib/auth/cookie'
import { attemptLogin } from '@/lib/auth/login'
import { assertSameOrigin, clientAddress } from '@/lib/auth/request'
import { endSession } from '@/lib/auth/sessions'

/** Signs in; a session already in this browser is ended so the token changes at login (no fixation). */
export async function login(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const text = (name: string) => String(form.get(name) ?? '')
  const result = await attemptLogin({
    email: text('email'),
    password: text('password'),
    code: text('code') || undefined,
    client: await clientAddress(),
  })
  if (!result.ok && result.code === 'throttled')
    redirect(`/${lng}/too-many-requests?from=login&after=${result.retryAfterSeconds}`)
  if (!result.ok) redirect(`/${lng}/admin/login?error=${result.code}`)
  const previous = await readSessionCookie()
  if (previous) await endSession(previous)
  await writeSessionCookie(result.token)
  redirect(`/${lng}/admin`)
}
