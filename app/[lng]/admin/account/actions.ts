'use server'
import { redirect } from 'next/navigation'

import { requireSignedIn } from '@/lib/auth'
import { assertSameOrigin } from '@/lib/auth/request'
import { disableSecondFactor, enrolSecondFactor } from '@/lib/auth/second-factor'
import { pendingTotpSecret } from '@/lib/auth/totp'

const text = (form: FormData, name: string) => String(form.get(name) ?? '')

/** Turns the second factor on, once the person gives their password and the right code for the new secret. */
export async function enableTotp(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireSignedIn(lng)
  const pending = text(form, 'pending')
  const secret = await pendingTotpSecret(pending, admin.id)
  const result = secret
    ? await enrolSecondFactor(admin, text(form, 'password'), secret, text(form, 'code'))
    : ({ ok: false, code: 'code_wrong' } as const)
  if (!result.ok) redirect(`/${lng}/admin/account?error=${result.code}&pending=${encodeURIComponent(pending)}`)
  redirect(`/${lng}/admin/account?done=totp_enabled`)
}

/** Turns the second factor off (viewers only); needs the password and a current code. */
export async function disableTotp(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireSignedIn(lng)
  const result = await disableSecondFactor(admin, text(form, 'password'), text(form, 'code'))
  if (!result.ok) redirect(`/${lng}/admin/account?error=${result.code}`)
  redirect(`/${lng}/admin/account?done=totp_disabled`)
}
