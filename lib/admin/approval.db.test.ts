import { describe, expect, it } from 'vitest'

import { createAccount } from '@/lib/auth/accounts'
import { db } from '@/lib/db/prisma'

import { approveDraft } from './approval'
import { draftHash } from './draft-hash'
import { createDraft, getDraft, publishDraft, saveDraft } from './drafts'

async function actor(role: 'editor' | 'approver') {
  const email = `${role}-${Date.now()}-${Math.random()}@example.org`
  const { id } = await createAccount(email, role, null)
  return { id, email }
}

async function noteDraft(editor: { id: string; email: string }, note: string) {
  const id = await createDraft(editor)
  await saveDraft(id, (await getDraft(id))!.document, note, editor)
  return id
}

describe('approvals bound to content', () => {
  it('refuse a hash of anything but the draft as it is now', async () => {
    const editor = await actor('editor')
    const approver = await actor('approver')
    const id = await noteDraft(editor, 'A note')
    const draft = (await getDraft(id))!
    expect(await approveDraft(id, draftHash(draft.document, 'Another note'), approver)).toEqual({
      ok: false,
      problem: 'changed_since_review',
    })
    expect(await approveDraft('not-a-uuid', 'x', approver)).toEqual({ ok: false, problem: 'not_open' })
  })

  it('are voided by an edit made after them, and publishing then refuses', async () => {
    const editor = await actor('editor')
    const approver = await actor('approver')
    const id = await noteDraft(editor, 'Colombia: a note')
    const draft = (await getDraft(id))!
    expect(await approveDraft(id, draftHash(draft.document, draft.note), approver)).toEqual({ ok: true })
    await saveDraft(id, draft.document, 'Colombia: a note, changed after review', editor)
    const after = (await getDraft(id))!
    expect(after).toMatchObject({ status: 'open', approvedHash: null, approvedById: null })
    expect(await publishDraft(id, '2099-01-01', approver)).toEqual({ ok: false, problems: ['not_approved'] })
    const events = await db().auditEvent.findMany({ where: { subject: id }, orderBy: { id: 'asc' } })
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['draft_approved', 'approval_voided', 'draft_saved']),
    )
  })

  it('publishing refuses a draft whose content no longer has the approved hash', async () => {
    const editor = await actor('editor')
    const approver = await actor('approver')
    const id = await noteDraft(editor, 'Colombia: note')
    const draft = (await getDraft(id))!
    await approveDraft(id, draftHash(draft.document, draft.note), approver)
    // A change that went around saveDraft (e.g. straight in the database) is caught at publication.
    await db().ruleDraft.update({ where: { id }, data: { note: 'Colombia: note, altered' } })
    expect(await publishDraft(id, '2099-01-01', approver)).toEqual({ ok: false, problems: ['changed_since_review'] })
  })
})
