import 'server-only'

import { forbidden, redirect } from 'next/navigation'
import { cache } from 'react'

import { readSessionCookie } from './cookie'
import { hasRole, type Role } from './roles'
import { requiresSecondFactor } from './second-factor'
import { findSession, type SessionAccount } from './sessions'

/** The signed-in admin of this request, or null (no cookie, unknown, idle, expired or disabled). */
// cache(): one lookup per request for the layout and the page together (React's per-request memo, not a
// cross-request cache: a session ended elsewhere is seen by the next request).
export const currentAdmin = cache(async (): Promise<SessionAccount | null> => {
  const token = await readSessionCookie()
  return token ? findSession(token) : null
})

/** Whether this admin must enrol a second factor before anything else (editor and above without one). */
export function mustEnrol(admin: SessionAccount): boolean {
  return requiresSecondFactor(admin.role) && !admin.totpEnabled
}

/** The signed-in admin, even one who still has to enrol a second factor: for the enrolment page only. */
export async function requireSignedIn(lng: string): Promise<SessionAccount> {
  const admin = await currentAdmin()
  if (!admin) redirect(`/${lng}/admin/login`)
  return admin
}

/**
 * Server-side gate for admin pages and actions: without a session, redirects to the login page of `lng`; an
 * editor, approver or admin without a second factor goes to enrolment; with a role below `role` (viewer < editor
 * < approver < admin), answers 403 via app/[lng]/forbidden.tsx.
 */
export async function requireRole(role: Role, lng: string): Promise<SessionAccount> {
  const admin = await requireSignedIn(lng)
  if (mustEnrol(admin)) redirect(`/${lng}/admin/account?enrol=required`)
  if (!hasRole(admin.role, role)) forbidden()
  return admin
}
