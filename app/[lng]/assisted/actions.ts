'use server'
import { randomBytes } from 'node:crypto'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { currentDevice, setVolunteerLanguage, unlockDevice } from '@/lib/assisted/device'
import { accessForCode } from '@/lib/assisted/shelters'
import { formOf } from '@/lib/http/form-of'
import { isLanguage, languageOr } from '@/lib/i18n/settings'
import { clearDraft, saveDraft, setFlash } from '@/lib/questionnaire/draft-store'
import { clientKey } from '@/lib/rate-limit/client-key'
import { consume, refund } from '@/lib/rate-limit/store'
import { isoDay } from '@/lib/rules/answers'

/** Opens assisted mode on this device with a shelter's access code, in the volunteer's language. */
export async function unlock(lng: string, formData: FormData) {
  formData = formOf(formData) // a tampered post can put anything here
  const language = languageOr(lng)
  const volunteerLng = String(formData.get('volunteerLng') ?? '')
  // Counted before the code is checked, per client, so guessing codes is slowed down to a few per quarter hour.
  const verdict = await consume('unlock', clientKey(await headers()))
  if (!verdict.ok) redirect(`/${language}/too-many-requests?from=unlock&after=${verdict.retryAfterSeconds}`)
  const access = await accessForCode(String(formData.get('code') ?? ''))
  if (!access) {
    // Only the error goes back, never the code typed.
    const nonce = randomBytes(6).toString('hex')
    await setFlash({ question: 'unlock', nonce, errors: { code: 'invalid_code' }, values: {} })
    redirect(`/${language}/assisted?e=${nonce}`)
  }
  await refund('unlock', clientKey(await headers())) // only wrong codes count
  await clearDraft()
  await unlockDevice(access, isLanguage(volunteerLng) ? volunteerLng : language)
  redirect(`/${language}/assisted`)
}

/** Starts screening a new person (optionally "as of" a past day): forgets any earlier answers first. */
export async function startAssisted(lng: string, formData: FormData) {
  formData = formOf(formData) // a tampered post can put anything here
  const language = languageOr(lng)
  if (!(await currentDevice())) redirect(`/${language}/assisted`)
  const raw = String(formData.get('asOf') ?? '').trim()
  const asOf = isoDay.safeParse(raw)
  if (raw && !asOf.success) {
    const nonce = randomBytes(6).toString('hex')
    await setFlash({ question: 'assisted-start', nonce, errors: { asOf: 'invalid_as_of' }, values: { asOf: raw } })
    redirect(`/${language}/assisted?e=${nonce}`)
  }
  await clearDraft()
  await saveDraft(asOf.success ? { asOf: asOf.data } : {})
  redirect(`/${language}/assisted/host-country`)
}

/** Changes the language the volunteer reads the guidance in. */
export async function changeVolunteerLanguage(lng: string, formData: FormData) {
  formData = formOf(formData) // a tampered post can put anything here
  const device = await currentDevice()
  if (device) await setVolunteerLanguage(device, String(formData.get('volunteerLng') ?? ''))
  redirect(`/${languageOr(lng)}/assisted`)
}
