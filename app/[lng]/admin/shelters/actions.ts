'use server'
import { randomBytes } from 'node:crypto'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { requireRole } from '@/lib/auth'
import { audit } from '@/lib/auth/audit'
import { assertSameOrigin } from '@/lib/auth/request'
import { createShelter, issueAccessCode, revokeAccessCode } from '@/lib/assisted/shelters'
import { db } from '@/lib/db/prisma'
import { seal } from '@/lib/session/sealed-cookie'
import { ISSUED_COOKIE, type IssuedCode } from './issued'

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim().slice(0, 120)

/** Adds a shelter (admin role). */
export async function createShelterAction(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const name = text(form, 'name')
  const organisation = text(form, 'organisation')
  if (!name || !organisation) redirect(`/${lng}/admin/shelters?error=name_required`)
  const id = await createShelter(name, organisation)
  await audit(admin, { action: 'shelter_created', subject: id, after: { name, organisation } })
  redirect(`/${lng}/admin/shelters?done=created`)
}

/**
 * Issues an access code for a shelter and shows it once: the code travels to the next page in a sealed,
 * HttpOnly cookie that lives two minutes (never in the URL, the audit log or the database).
 */
export async function issueCodeAction(lng: string, shelterId: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const label = text(form, 'label')
  const shelter = await db().shelter.findUnique({ where: { id: shelterId } })
  if (!shelter) redirect(`/${lng}/admin/shelters`)
  if (!label) redirect(`/${lng}/admin/shelters?error=label_required`)
  const code = await issueAccessCode(shelterId, label)
  await audit(admin, { action: 'access_code_issued', subject: shelterId, after: { shelter: shelter.name, label } })
  const nonce = randomBytes(8).toString('hex')
  const issued: IssuedCode = { nonce, code, shelter: shelter.name, label }
  ;(await cookies()).set(ISSUED_COOKIE, seal(issued, 120), { httpOnly: true, sameSite: 'strict', path: `/${lng}/admin/shelters`, maxAge: 120 })
  redirect(`/${lng}/admin/shelters?issued=${nonce}`)
}

/** Revokes an access code: devices unlocked with it are locked on their next request. */
export async function revokeCodeAction(lng: string, codeId: string): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const revoked = await revokeAccessCode(codeId)
  if (revoked) await audit(admin, { action: 'access_code_revoked', subject: revoked.shelterId, after: { label: revoked.label } })
  redirect(`/${lng}/admin/shelters?done=revoked`)
}
