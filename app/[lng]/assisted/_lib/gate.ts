import 'server-only'

import { redirect } from 'next/navigation'

import { currentDevice, type Device } from '@/lib/assisted/device'
import type { Language } from '@/lib/i18n/settings'

/** The unlocked device of this request; a locked device (or a revoked code) goes to the code page. */
export async function requireDevice(lng: Language): Promise<Device> {
  const device = await currentDevice()
  if (!device) redirect(`/${lng}/assisted`)
  return device
}
