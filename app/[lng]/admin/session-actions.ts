'use server'
import { redirect } from 'next/navigation'

import { audit } from '@/lib/auth/audit'
import { clearSessionCookie, readSessionCookie } from '@/lib/auth/cookie'
import { currentAdmin } from '@/lib/auth/guard'
import { assertSameOrigin } from '@/lib/auth/request'
import { endAllSessions, endSession } from '@/lib/auth/sessions'

/** Ends this browser's session. */
export async function logout(lng: string): Promise<void> {
  await assertSameOrigin()
  const admin = await currentAdmin()
  const token = await readSessionCookie()
  if (token) await endSession(token)
  await clearSessionCookie()
  if (admin) await audit(admin, { action: 'logout', subject: admin.email })
  redirect(`/${lng}/admin/login?done=logged_out`)
}

/** Ends every session of the signed-in account, on every device. */
export async function logoutEverywhere(lng: string): Promise<void> {
  await assertSameOrigin()
  const admin = await currentAdmin()
  if (admin) {
    const ended = await endAllSessions(admin.id)
    await audit(admin, { action: 'logout_everywhere', subject: admin.email, after: { sessionsEnded: ended } })
  }
  await clearSessionCookie()
  redirect(`/${lng}/admin/login?done=logged_out_everywhere`)
}
