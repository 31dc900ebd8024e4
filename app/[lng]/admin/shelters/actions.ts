'use server'
import { redirect } from 'next/navigation'

import { formatAccessCode } from '@/lib/assisted/access-code'
import { createShelter, getShelter, issueAccessCode, renameAccessCode, revokeAccessCode } from '@/lib/assisted/shelters'
import { requireRole } from '@/lib/auth'
import { audit } from '@/lib/auth/audit'
import { assertSameOrigin } from '@/lib/auth/request'
import { isUuid } from '@/lib/ids'

const text = (form: FormData, name: string) =>
  String(form.get(name) ?? '')
    .trim()
    .slice(0, 120)

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

export interface IssueCodeState {
  error?: 'label_required'
  code?: string
  label?: string
}

/** Issues an access code for a shelter and answers with it, once (see IssueCodeForm). Audited without the code. */
export async function issueCodeAction(
  lng: string,
  shelterId: string,
  _prev: IssueCodeState,
  form: FormData,
): Promise<IssueCodeState> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const label = text(form, 'label')
  const shelter = isUuid(shelterId) ? await getShelter(shelterId) : null
  if (!shelter) redirect(`/${lng}/admin/shelters`)
  if (!label) return { error: 'label_required' }
  const code = await issueAccessCode(shelterId, label)
  await audit(admin, { action: 'access_code_issued', subject: shelterId, after: { shelter: shelter.name, label } })
  return { code: formatAccessCode(code), label }
}

/** Revokes an access code: devices unlocked with it are locked on their next request. */
export async function revokeCodeAction(lng: string, codeId: string): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const revoked = await revokeAccessCode(codeId)
  if (revoked)
    await audit(admin, { action: 'access_code_revoked', subject: revoked.shelterId, after: { label: revoked.label } })
  redirect(`/${lng}/admin/shelters?done=revoked`)
}

/** Renames an access code (what the admin calls it); the code itself does not change. */
export async function renameCodeAction(lng: string, codeId: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const label = text(form, 'label')
  if (!label) redirect(`/${lng}/admin/shelters?error=label_required`)
  const renamed = await renameAccessCode(codeId, label)
  if (renamed)
    await audit(admin, {
      action: 'access_code_renamed',
      subject: renamed.shelterId,
      before: { label: renamed.before },
      after: { label: renamed.after },
    })
  redirect(`/${lng}/admin/shelters?done=renamed`)
}
