'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isRole, requireRole, type Role } from '@/lib/auth'
import { cancelRequest, confirmRequest, needsSecondAdmin, requestChange } from '@/lib/auth/account-requests'
import { accountByEmail, accountById, createAccount, issueSetupToken, updateAccount } from '@/lib/auth/accounts'
import { audit } from '@/lib/auth/audit'
import { assertSameOrigin } from '@/lib/auth/request'
import { isUuid } from '@/lib/ids'

export interface CreateAccountState {
  error?: 'email_invalid' | 'role_invalid'
  email?: string
  link?: string
  /** A second admin must confirm (approver or admin): nothing was created yet. */
  requested?: boolean
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
  if (existing ? needsSecondAdmin(existing.role) : needsSecondAdmin(role)) {
    await requestChange(
      existing
        ? { kind: 'reset', email, role: existing.role as Role, accountId: existing.id }
        : { kind: 'create', email, role },
      admin,
    )
    return { email, requested: true }
  }
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
  if (!isUuid(id)) redirect(`/${lng}/admin/accounts`)
  if (id === admin.id && op !== 'unlock') redirect(`/${lng}/admin/accounts?error=not_yourself`)
  const account = await accountById(id)
  if (!account) redirect(`/${lng}/admin/accounts`)
  if (op === 'role' && isRole(role) && role !== account.role && needsSecondAdmin(role)) {
    await requestChange({ kind: 'role', email: account.email, role, accountId: id }, admin)
    redirect(`/${lng}/admin/accounts?done=requested`)
  }
  if (op === 'role' && isRole(role)) await updateAccount(id, { role }, admin)
  else if (op === 'disable' || op === 'enable') await updateAccount(id, { disabled: op === 'disable' }, admin)
  else if (op === 'unlock') await updateAccount(id, { unlock: true }, admin)
  redirect(`/${lng}/admin/accounts?done=changed`)
}

export interface ConfirmState {
  error?: 'not_pending' | 'same_admin'
  email?: string
  link?: string
  done?: boolean
}

/** Confirms another admin's request; answers with the setup link, once, when the change made one. */
export async function confirmRequestAction(lng: string, id: string): Promise<ConfirmState> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const result = await confirmRequest(id, admin)
  if (!result.ok) return { error: result.code }
  const link = result.token ? `${await baseUrl()}/${lng}/admin/setup?token=${result.token}` : undefined
  return { email: result.email, link, done: true }
}

/** Withdraws or refuses a pending request. */
export async function cancelRequestAction(lng: string, id: string): Promise<void> {
  await assertSameOrigin()
  await cancelRequest(id, await requireRole('admin', lng))
  redirect(`/${lng}/admin/accounts?done=cancelled`)
}
