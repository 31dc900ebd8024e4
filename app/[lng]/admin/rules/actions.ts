'use server'
import { redirect } from 'next/navigation'

import { applyForm, type Lists } from '@/lib/admin/apply-form'
import { approveDraft } from '@/lib/admin/approval'
import { createDraft, createRollbackDraft, discardDraft, getDraft, publishDraft, saveDraft } from '@/lib/admin/drafts'
import { deleteCase, saveCase } from '@/lib/admin/test-cases'
import { requireRole } from '@/lib/auth'
import { assertSameOrigin } from '@/lib/auth/request'
import { hostCountries, type HostCountry } from '@/lib/rules/answers'
import { todayIso } from '@/lib/rules/dates'

import { answersFromForm, factsFromForm } from './_components/answers-form'

const lists: Lists[] = ['registrationPeriods', 'nationalities', 'legalStatus.anyOf']
const text = (form: FormData, name: string) => String(form.get(name) ?? '')

/** Starts a draft from the version in force. */
export async function newDraft(lng: string): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  redirect(`/${lng}/admin/rules/drafts/${await createDraft(admin)}`)
}

/** Saves the form of one host country of a draft (and adds or removes items when asked). */
export async function saveDraftForm(lng: string, id: string, country: HostCountry, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const draft = await getDraft(id)
  if (!draft || !['open', 'approved'].includes(draft.status) || !hostCountries.includes(country))
    redirect(`/${lng}/admin/rules`)
  // A list of checkboxes sends one value per ticked box: joined, like a typed list of codes.
  const fields = new Map<string, string>()
  for (const k of new Set(form.keys()))
    fields.set(
      k,
      form
        .getAll(k)
        .filter((v) => typeof v === 'string')
        .join(','),
    )
  const add = lists.find((l) => l === form.get('add'))
  const doc = draft.document as { countries: Record<string, unknown> }
  const rules = applyForm(
    doc.countries[country],
    fields,
    form.getAll('remove').map(String),
    add ? { list: add, today: todayIso() } : undefined,
  )
  await saveDraft(id, { ...doc, countries: { ...doc.countries, [country]: rules } }, text(form, 'note').trim(), admin)
  redirect(`/${lng}/admin/rules/drafts/${id}?country=${country}&done=saved${add ? `#${add.replace('.', '-')}` : ''}`)
}

/** Discards a draft. */
export async function discard(lng: string, id: string): Promise<void> {
  await assertSameOrigin()
  await discardDraft(id, await requireRole('editor', lng))
  redirect(`/${lng}/admin/rules?done=discarded`)
}

/** Approves a draft exactly as reviewed (approver, not its author or an editor of it). */
export async function approve(lng: string, id: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('approver', lng)
  const result = await approveDraft(id, text(form, 'reviewedHash'), admin)
  if (!result.ok) redirect(`/${lng}/admin/rules/drafts/${encodeURIComponent(id)}/review?error=${result.problem}`)
  redirect(`/${lng}/admin/rules/drafts/${id}/review?done=approved`)
}

/** Publishes an approved draft (approver, not its author or an editor of it). */
export async function publish(lng: string, id: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('approver', lng)
  const result = await publishDraft(id, text(form, 'effectiveFrom'), admin)
  if (!result.ok)
    redirect(`/${lng}/admin/rules/drafts/${encodeURIComponent(id)}/review?error=${result.problems.join(',')}`)
  const done = result.versionId.includes('-rollback-') ? 'rolled_back' : 'published'
  redirect(`/${lng}/admin/rules?done=${done}&version=${result.versionId}`)
}

/** Starts a rollback: a draft with an earlier version's values, which a second approver reviews and publishes. */
export async function rollback(lng: string, versionId: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const note = text(form, 'note').trim()
  const back = `/${lng}/admin/rules/versions/${encodeURIComponent(versionId)}`
  if (!note) redirect(`${back}?error=note_missing`)
  const id = await createRollbackDraft(versionId, note, admin)
  if (!id) redirect(`/${lng}/admin/rules`)
  redirect(`/${lng}/admin/rules/drafts/${id}/review?done=rollback_started`)
}

/** Saves a test case from the form. */
export async function addTestCase(lng: string, form: FormData): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('editor', lng)
  const result = await saveCase(
    {
      name: text(form, 'name').trim(),
      programme: text(form, 'programme') || undefined,
      asOf: text(form, 'asOf'),
      answers: { ...answersFromForm(form), ...factsFromForm(text(form, 'facts')) },
      expected: { outcome: text(form, 'expected') },
    },
    admin,
  )
  if (!result.ok)
    redirect(
      `/${lng}/admin/rules/test-cases?error=${encodeURIComponent(result.issues.map((i) => i.path || i.code).join(','))}`,
    )
  redirect(`/${lng}/admin/rules/test-cases?done=saved`)
}

/** Deletes a saved test case. */
export async function removeTestCase(lng: string, id: string): Promise<void> {
  await assertSameOrigin()
  await deleteCase(id, await requireRole('editor', lng))
  redirect(`/${lng}/admin/rules/test-cases?done=deleted`)
}
