// The device cookie of assisted mode: which access code unlocked this device and the volunteer's language.
// Sealed (iron, lib/session/sealed-cookie.ts) and HttpOnly; every request re-checks the code in the database,
// so revoking a code locks every device that used it at once. Nothing about a screened person is in it.
import 'server-only'

import { cookies } from 'next/headers'
import { z } from 'zod'

import { isLanguage, type Language, languages } from '@/lib/i18n/settings'
import { privateCookieOptions } from '@/lib/session/cookie-options'
import { seal, unseal } from '@/lib/session/sealed-cookie'

import { accessForCodeId, type ShelterAccess } from './shelters'

/** The cookie's name (the lock route deletes it). */
export const DEVICE_COOKIE = 'assisted-device'
/** A device stays unlocked for a shift and a half; a new code entry is needed after that. */
const DEVICE_SECONDS = 12 * 60 * 60

const deviceSchema = z.object({ codeId: z.string(), volunteerLng: z.enum(languages) })

export interface Device extends ShelterAccess {
  volunteerLng: Language
}

/** This device's assisted-mode access, or null when locked, expired, tampered with or its code revoked. */
export async function currentDevice(): Promise<Device | null> {
  const parsed = deviceSchema.safeParse(await unseal((await cookies()).get(DEVICE_COOKIE)?.value, 'assisted-device'))
  if (!parsed.success) return null
  const access = await accessForCodeId(parsed.data.codeId)
  return access && { ...access, volunteerLng: parsed.data.volunteerLng }
}

/** Unlocks this device with an access code already checked (accessForCode) and the volunteer's language. */
export async function unlockDevice(access: ShelterAccess, volunteerLng: Language): Promise<void> {
  ;(await cookies()).set(
    DEVICE_COOKIE,
    await seal({ codeId: access.codeId, volunteerLng }, DEVICE_SECONDS, 'assisted-device'),
    await privateCookieOptions(DEVICE_SECONDS),
  )
}

/** Changes the volunteer's language on an unlocked device. */
export async function setVolunteerLanguage(device: Device, volunteerLng: string): Promise<void> {
  if (isLanguage(volunteerLng)) await unlockDevice(device, volunteerLng)
}
