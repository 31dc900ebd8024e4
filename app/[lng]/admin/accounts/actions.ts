'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isRole, requireRole } from '@/lib/auth'
import { accountByEmail, createAccount, issueSetupToken, updateAccount } from '@/lib/auth/accounts'
import { audit } from '@/lib/auth/audit'
import { assertSameOrigin } from '@/lib/auth/request'

export interface CreateAccountState {
  error?: 'email_invalid' | 'role_invalid'
  email?: string
  link?: string
}

/** Creates an account (or, for an existing email, a new setup link) and returns the one-time link to hand over. */
export async function createAccountAction(
  lng: string,
  _prev: CreateAccountState,
  form: FormData,
): Promise<CreateAccountState> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const email = String(form.get('email') ?? '')
    .trim()
    .toLowerCase()
  const role = form.get('role')
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { error: 'email_invalid' }
  if (!isRole(role)) return { error: 'role_invalid', email }
  const existing = await accountByEmail(email)
  let token: string
  if (existing) {
    token = await issueSetupToken(existing.id)
    await audit(admin, { action: 'setup_link_issued', subject: email })
  } else {
    token = (await createAccount(email, role, admin)).token
  }
  return { email, link: `${await baseUrl()}/${lng}/admin/setup?token=${token}` }
}

async function baseUrl(): Promise<string> {
  if (process.env.ADMIN_BASE_URL) return process.env.ADMIN_BASE_URL.replace(/\/$/, '')
  const h = await headers()
  const proto = h.get('x-forwarded-proto') ?? (process.env.NODE_ENV === 'production' ? 'https' : 'http')
  return `${proto}://${h.get('x-forwarded-host') ?? h.get('host')}`
}

/** Changes the role of an account, disables or enables it, or lifts a lockout. */
export async function changeAccount(lng: string, id: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const op = String(form.get('op') ?? '')
  const role = form.get('role')
  if (id === admin.id && op !== 'unlock') redirect(`/${lng}/admin/accounts?error=not_yourself`)
  if (op === 'role' && isRole(role)) await updateAccount(id, { role }, admin)
  else if (op === 'disable' || op === 'enable') await updateAccount(id, { disabled: op === 'disable' }, admin)
  else if (op === 'unlock') await updateAccount(id, { unlock: true }, admin)
  redirect(`/${lng}/admin/accounts?done=changed`)
}
