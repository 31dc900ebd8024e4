'use server'
import { redirect } from 'next/navigation'

import { requireRole } from '@/lib/auth'
import { setTotp, totpSecretOf } from '@/lib/auth/accounts'
import { assertSameOrigin } from '@/lib/auth/request'
import { pendingTotpSecret, verifyTotp } from '@/lib/auth/totp'

/** Turns the second factor on, once the person proves their app shows the right code for the new secret. */
export async function enableTotp(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('viewer', lng)
  const pending = String(form.get('pending') ?? '')
  const secret = pendingTotpSecret(pending, admin.id)
  if (!secret || !verifyTotp(secret, String(form.get('code') ?? ''))) {
    redirect(`/${lng}/admin/account?error=code_wrong&pending=${encodeURIComponent(pending)}`)
  }
  await setTotp(admin.id, secret, admin)
  redirect(`/${lng}/admin/account?done=totp_enabled`)
}

/** Turns the second factor off; needs a current code so a stolen session alone cannot do it. */
export async function disableTotp(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('viewer', lng)
  const totpSecret = await totpSecretOf(admin.id)
  if (!totpSecret || !verifyTotp(totpSecret, String(form.get('code') ?? '')))
    redirect(`/${lng}/admin/account?error=code_wrong`)
  await setTotp(admin.id, null, admin)
  redirect(`/${lng}/admin/account?done=totp_disabled`)
}
