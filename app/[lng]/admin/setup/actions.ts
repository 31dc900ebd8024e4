'use server'
import { redirect } from 'next/navigation'

import { setPasswordWithToken } from '@/lib/auth/accounts'
import { assertSameOrigin } from '@/lib/auth/request'

/** Sets the password from a one-time setup link, then sends the person to the login page. */
export async function setPassword(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const token = String(form.get('token') ?? '')
  const password = String(form.get('password') ?? '')
  if (password !== String(form.get('confirm') ?? '')) {
    redirect(`/${lng}/admin/setup?token=${encodeURIComponent(token)}&error=passwords_differ`)
  }
  const result = await setPasswordWithToken(token, password)
  if (!result.ok) redirect(`/${lng}/admin/setup?token=${encodeURIComponent(token)}&error=${result.code}`)
  redirect(`/${lng}/admin/login?done=password_set`)
}
