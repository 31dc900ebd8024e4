import 'server-only'

import { cookies } from 'next/headers'

import { privateCookieOptions } from '@/lib/session/cookie-options'
import { seal, unseal } from '@/lib/session/sealed-cookie'

import { type Draft, draftSchema } from './draft'
import { boundFlash } from './flash-bounds'

const DRAFT = 'answers'
const FLASH = 'answers-flash'
/**
 * Says only "answers were started in this browser session" (value "1", no answers, gone when the browser
 * closes), so that a page can tell answers that expired from answers never given and say so.
 */
const STARTED = 'answers-started'
/** The cookies that hold a person's answers: quick exit, "next person" and "start again" delete them. */
export const answerCookies = [DRAFT, FLASH, STARTED] as const
/** Answers expire after 30 minutes without a new answer (docs/decisions/0003-answers-stay-with-the-person.md). */
const IDLE_SECONDS = 30 * 60

/** The person's answers so far (empty when none, expired or tampered with). */
export async function readDraft(): Promise<Draft> {
  const parsed = draftSchema.safeParse(await unseal((await cookies()).get(DRAFT)?.value))
  return parsed.success ? parsed.data : {}
}

/** Saves the answers in the person's cookie and restarts the idle clock. */
export async function saveDraft(draft: Draft): Promise<void> {
  const jar = await cookies()
  jar.set(DRAFT, await seal(draft, IDLE_SECONDS), await privateCookieOptions(IDLE_SECONDS))
  jar.set(STARTED, '1', await privateCookieOptions())
}

/** Whether answers were started in this browser session but have expired (30 idle minutes). */
export async function answersExpired(): Promise<boolean> {
  const jar = await cookies()
  return jar.get(STARTED)?.value === '1' && !(await unseal(jar.get(DRAFT)?.value))
}

/** Forgets every answer (start again, quick exit, next person). */
export async function clearDraft(): Promise<void> {
  const jar = await cookies()
  for (const name of answerCookies) jar.delete(name)
}

/** What a failed submission sends back to its page: error codes per field and the values typed. */
export interface Flash {
  question: string
  nonce: string
  errors: Record<string, string>
  values: Record<string, string | string[]>
}

/** Keeps a failed submission for one minute, so the page can show its errors without JavaScript. */
export async function setFlash(flash: Flash): Promise<void> {
  const bounded = boundFlash(flash)
  let sealed = await seal(bounded, 60)
  // Still too large for one cookie (many long non-Latin values): keep the errors, forget what was typed.
  if (sealed.length > MAX_FLASH_CHARS) sealed = await seal({ ...bounded, values: {} }, 60)
  ;(await cookies()).set(FLASH, sealed, await privateCookieOptions(60))
}

/** Sealed flash size under which the whole Set-Cookie header stays well below 4 KB. */
const MAX_FLASH_CHARS = 3_400

/** The failed submission for `question` with this `nonce` (from the redirect URL), if any. */
export async function readFlash(question: string, nonce: string | undefined): Promise<Flash | null> {
  if (!nonce) return null
  const flash = (await unseal((await cookies()).get(FLASH)?.value)) as Flash | null
  return flash && flash.question === question && flash.nonce === nonce ? flash : null
}
