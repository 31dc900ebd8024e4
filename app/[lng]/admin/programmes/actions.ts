'use server'
import { redirect } from 'next/navigation'

import { approveDraft } from '@/lib/admin/approval'
import { discardDraft, saveDraft } from '@/lib/admin/drafts'
import { createProgrammeDraftFromScratch } from '@/lib/admin/programme-create'
import { createProgrammeDraft, createProgrammeRollbackDraft, getProgrammeDraft } from '@/lib/admin/programme-drafts'
import { programmeDocumentFromForm } from '@/lib/admin/programme-form'
import { publishProgrammeDraft } from '@/lib/admin/programme-publish'
import { requireRole } from '@/lib/auth'
import { assertSameOrigin } from '@/lib/auth/request'

// Every input here may be anything a client sends: each problem comes back as a code on the page, never a 500.
const text = (form: FormData, name: string) => {
  const v = form.get(name)
  return typeof v === 'string' ? v.slice(0, 200_000) : ''
}
const documentOf = (form: FormData) =>
  programmeDocumentFromForm(
    (n) => text(form, n),
    (n) => form.getAll(n).filter((v): v is string => typeof v === 'string'),
  )
const draftPage = (lng: string, id: string) => `/${lng}/admin/programmes/drafts/${encodeURIComponent(id)}`

/** Starts a draft of a new programme (editor); the draft then needs another approver to publish it. */
export async function createProgramme(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const result = await createProgrammeDraftFromScratch(
    text(form, 'id').trim(),
    documentOf(form),
    text(form, 'note'),
    admin,
  )
  if (!result.ok) redirect(`/${lng}/admin/programmes/new?error=${result.problem}`)
  redirect(`${draftPage(lng, result.draftId)}?done=created`)
}

/** Starts a draft of a programme from its version in force. */
export async function newProgrammeDraft(lng: string, programmeId: string): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const id = await createProgrammeDraft(programmeId, admin)
  redirect(id ? draftPage(lng, id) : `/${lng}/admin/programmes`)
}

/** Saves the whole form of a programme draft. */
export async function saveProgrammeDraft(lng: string, id: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const draft = await getProgrammeDraft(id)
  if (!draft || !['open', 'approved'].includes(draft.status)) redirect(`/${lng}/admin/programmes`)
  await saveDraft(id, documentOf(form), text(form, 'note').trim().slice(0, 500), admin)
  redirect(`${draftPage(lng, id)}?done=saved`)
}

/** Discards a programme draft. */
export async function discardProgrammeDraft(lng: string, id: string): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  if (await getProgrammeDraft(id)) await discardDraft(id, admin)
  redirect(`/${lng}/admin/programmes?done=discarded`)
}

/** Approves a programme draft exactly as reviewed (an approver who did not work on it). */
export async function approveProgrammeDraft(lng: string, id: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('approver', lng)
  if (!(await getProgrammeDraft(id))) redirect(`/${lng}/admin/programmes`)
  const result = await approveDraft(id, text(form, 'reviewedHash'), admin)
  redirect(`${draftPage(lng, id)}/review?${result.ok ? 'done=approved' : `error=${result.problem}`}`)
}

/** Publishes an approved programme draft now or on a later day. */
export async function publishProgramme(lng: string, id: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('approver', lng)
  const result = await publishProgrammeDraft(id, text(form, 'effectiveFrom'), admin)
  if (!result.ok) redirect(`${draftPage(lng, id)}/review?error=${result.problems.join(',')}`)
  const done = result.versionId.includes('-rollback-') ? 'rolled_back' : 'published'
  redirect(`/${lng}/admin/programmes?done=${done}&version=${encodeURIComponent(result.versionId)}`)
}

/** Starts a rollback of a programme to an earlier version, reviewed and published by a second person. */
export async function rollbackProgramme(lng: string, programmeId: string, versionId: string, form: FormData) {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const note = text(form, 'note').trim()
  const back = `/${lng}/admin/programmes/${encodeURIComponent(programmeId)}`
  if (!note) redirect(`${back}?error=note_missing`)
  const id = await createProgrammeRollbackDraft(programmeId, versionId, note, admin)
  redirect(id ? `${draftPage(lng, id)}/review?done=rollback_started` : back)
}
