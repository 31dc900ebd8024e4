import { describe, expect, it } from 'vitest'

import { createAccount } from '@/lib/auth/accounts'
import { db } from '@/lib/db/prisma'
import { loadHistory } from '@/lib/db/rule-versions'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'

import { approveDraft } from './approval'
import { draftHash } from './draft-hash'
import { createDraft, createRollbackDraft, getDraft, publishDraft, saveDraft } from './drafts'

// Versions published here take effect years ahead, so other test files that screen "today" against the
// shared test database keep getting the shipped rules.
let year = 2040 + Math.floor(Math.random() * 25) * 2 // publication days must stay within 2100 (calendar-day.ts)
const future = () => `${year++}-01-01`
const today = todayIso()
const venezuelan = {
  hostCountry: 'CO' as const,
  nationality: 'VE',
  arrivalDate: '2024-03-01',
  statuses: [{ code: 'ppt' as const }],
  adult: 'yes' as const,
}

async function actor(role: 'editor' | 'approver') {
  const email = `${role}-${Date.now()}-${Math.random()}@example.org`
  const { id } = await createAccount(email, role, null)
  return { id, email }
}

/** A draft whose Colombian cutoff for Venezuelans moves to 31 March 2024, re-verified today. */
async function cutoffDraft(editor: { id: string; email: string }) {
  const id = await createDraft(editor)
  const draft = (await getDraft(id))!
  const doc = structuredClone(draft.document) as {
    countries: { CO: { nationalities: { code: string; arrivalCutoff?: Record<string, unknown> }[] } }
  }
  const ve = doc.countries.CO.nationalities.find((n) => n.code === 'VE')!
  ve.arrivalCutoff = {
    onOrBefore: '2024-03-31',
    source: { url: 'https://example.org/decree-2026', title: 'Decree 2026' },
    verifiedOn: today,
  }
  await saveDraft(id, doc, 'Colombia: Venezuelans who arrived by 31 March 2024', editor)
  return id
}

/** The approver approves the draft exactly as it is now. */
async function approveAsIs(id: string, approver: { id: string; email: string }) {
  const draft = (await getDraft(id))!
  return approveDraft(id, draftHash(draft.document, draft.note), approver)
}

describe('publishing a draft', () => {
  it('refuses the author (four eyes) and lets another approver publish; the screener uses it at once', async () => {
    const editor = await actor('approver')
    const approver = await actor('approver')
    const id = await cutoffDraft(editor)
    const day = future()
    expect(await publishDraft(id, day, editor)).toEqual({ ok: false, problems: ['four_eyes'] })
    expect(await approveAsIs(id, editor)).toEqual({ ok: false, problem: 'four_eyes' })
    expect(await publishDraft(id, day, approver)).toEqual({ ok: false, problems: ['not_approved'] })
    expect(await approveAsIs(id, approver)).toEqual({ ok: true })
    const before = evaluate(await loadHistory(), venezuelan, day).criteria.find((c) => c.id === 'arrival-date')
    expect(before?.status).toBe('not_met')
    const result = await publishDraft(id, day, approver)
    expect(result.ok).toBe(true)
    const after = evaluate(await loadHistory(), venezuelan, day)
    expect(after.rulesVersion).toBe(result.ok && result.versionId)
    expect(after.criteria.find((c) => c.id === 'arrival-date')).toMatchObject({
      status: 'met',
      ruleValue: { onOrBefore: '2024-03-31' },
    })
    const events = await db().auditEvent.findMany({
      where: { subject: { in: [id, result.ok ? result.versionId : ''] } },
    })
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['draft_created', 'draft_saved', 'draft_approved', 'version_published']),
    )
  })

  it('refuses an approver who edited the draft', async () => {
    const editor = await actor('editor')
    const approver = await actor('approver')
    const id = await cutoffDraft(editor)
    const draft = (await getDraft(id))!
    await saveDraft(id, draft.document, `${draft.note}.`, approver)
    expect(await publishDraft(id, future(), approver)).toEqual({ ok: false, problems: ['four_eyes'] })
  })

  it('refuses a changed value whose source was not checked while drafting, and a date in the past', async () => {
    const editor = await actor('editor')
    const approver = await actor('approver')
    const id = await createDraft(editor)
    const draft = (await getDraft(id))!
    const doc = structuredClone(draft.document) as {
      countries: { CO: { minimumAge: { years: number; verifiedOn: string } } }
    }
    doc.countries.CO.minimumAge.years = 16
    doc.countries.CO.minimumAge.verifiedOn = '2024-08-01'
    await saveDraft(id, doc, 'Colombia: minimum age 16', editor)
    await db().ruleDraft.update({
      where: { id },
      data: { status: 'approved', approvedHash: draftHash(doc, 'Colombia: minimum age 16') },
    })
    expect(await publishDraft(id, future(), approver)).toEqual({ ok: false, problems: ['unverified'] })
    expect(await publishDraft(id, '2020-01-01', approver)).toEqual({
      ok: false,
      problems: ['date_in_past', 'unverified'],
    })
    for (const day of ['2099-02-30', '9999-01-01', '+2099-01-01'])
      expect(await publishDraft(id, day, approver)).toMatchObject({
        ok: false,
        problems: expect.arrayContaining(['invalid_date']),
      })
  })

  it('keeps published versions immutable; a rollback publishes a copy as a new version', async () => {
    const editor = await actor('editor')
    const approver = await actor('approver')
    const day = future()
    const draftId = await cutoffDraft(editor)
    await approveAsIs(draftId, approver)
    const published = await publishDraft(draftId, day, approver)
    if (!published.ok) throw new Error('not published')
    await expect(
      db().ruleVersion.update({ where: { id: published.versionId }, data: { note: 'changed' } }),
    ).rejects.toThrow(/immutable/)
    const earlier = (await loadHistory()).findLast((v) => v.effectiveFrom < today)!
    // Same day as the published version: the copy published later wins that day.
    // A rollback is a draft too: its author cannot approve or publish it, a second approver does.
    const rollbackId = (await createRollbackDraft(earlier.id, 'Back to the shipped rules', approver))!
    expect(await approveAsIs(rollbackId, approver)).toEqual({ ok: false, problem: 'four_eyes' })
    expect(await publishDraft(rollbackId, day, approver)).toEqual({ ok: false, problems: ['four_eyes'] })
    const second = await actor('approver')
    expect(await approveAsIs(rollbackId, second)).toEqual({ ok: true })
    const rolled = await publishDraft(rollbackId, day, second)
    if (!rolled.ok) throw new Error('not rolled back')
    expect(rolled.versionId).toContain('-rollback-')
    const history = await loadHistory()
    const inForce = history.find((v) => v.effectiveFrom === day)
    expect(inForce?.id).toBe(rolled.versionId)
    expect(inForce?.countries).toEqual(earlier.countries)
    expect(await db().ruleVersion.findUnique({ where: { id: published.versionId } })).not.toBeNull()
    expect(evaluate(history, venezuelan, day).criteria.find((c) => c.id === 'arrival-date')?.status).toBe('not_met')
  })
})
