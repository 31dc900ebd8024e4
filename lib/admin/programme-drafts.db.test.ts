import { describe, expect, it } from 'vitest'

import { createAccount } from '@/lib/auth/accounts'
import { db } from '@/lib/db/prisma'
import { screeningProgrammes } from '@/lib/db/programmes'
import { todayIso } from '@/lib/rules/dates'
import { successorProgramme } from '@/tests/support/successor-programme'

import { approveDraft } from './approval'
import { draftHash } from './draft-hash'
import { saveDraft } from './drafts'
import { metaOf } from './programme-candidate'
import { compareProgrammeCases, programmeCases } from './programme-cases'
import { createProgrammeDraftFromScratch } from './programme-create'
import {
  createProgrammeDraft,
  createProgrammeRollbackDraft,
  getProgrammeDraft,
  programmeFromDraft,
} from './programme-drafts'
import { publishProgrammeDraft } from './programme-publish'
import { saveCase } from './test-cases'

async function actor(role: 'editor' | 'approver') {
  const email = `${role}-${Date.now()}-${Math.random()}@example.org`
  const { id } = await createAccount(email, role, null)
  return { id, email }
}

/** A new programme's draft document, every value checked today (as a fresh draft needs). */
function freshDocument(id: string) {
  const p = JSON.parse(JSON.stringify(successorProgramme(id)).replaceAll('2026-11-30', todayIso()))
  const version = Object.fromEntries(
    Object.entries(p.versions[0]).filter(([k]) => !['id', 'effectiveFrom', 'note'].includes(k)),
  )
  return { programme: { ...metaOf(p), id: undefined }, version }
}

const uniqueId = () => `smo-successor-${process.pid}-${Math.floor(Math.random() * 1e9)}`

async function approved(id: string, approver: { id: string; email: string }) {
  const draft = (await getProgrammeDraft(id))!
  expect(await approveDraft(id, draftHash(draft.document, draft.note), approver)).toEqual({ ok: true })
}

describe('a new programme through four eyes', () => {
  it('is published by a second person only, and screenings then use it', async () => {
    const [editor, approver] = [await actor('editor'), await actor('approver')]
    const programmeId = uniqueId()
    const created = await createProgrammeDraftFromScratch(programmeId, freshDocument(programmeId), 'Opens', editor)
    if (!created.ok) throw new Error(created.problem)
    const id = created.draftId
    const draft = (await getProgrammeDraft(id))!
    expect(programmeFromDraft(draft, todayIso(), 'preview')).toMatchObject({ problems: [], issues: [] })
    expect(await approveDraft(id, draftHash(draft.document, draft.note), editor)).toEqual({
      ok: false,
      problem: 'four_eyes',
    })
    expect(await approveDraft(id, draftHash(draft.document, 'other'), approver)).toMatchObject({ ok: false })
    await approved(id, approver)
    expect(await publishProgrammeDraft(id, todayIso(), editor)).toEqual({ ok: false, problems: ['four_eyes'] })
    expect(await publishProgrammeDraft(id, '2000-01-01', approver)).toEqual({ ok: false, problems: ['date_in_past'] })
    const published = await publishProgrammeDraft(id, todayIso(), approver)
    expect(published.ok).toBe(true)
    const inUse = async () => {
      const p = (await screeningProgrammes()).find((x) => x.id === programmeId)
      return p?.engine === 'blocks' ? p.versions.map((v) => v.effectiveFrom) : null
    }
    await expect.poll(inUse, { timeout: 5_000 }).toEqual([todayIso()])
    const events = await db().auditEvent.findMany({
      where: { subject: { in: [id, published.ok ? published.versionId : ''] } },
    })
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['draft_created', 'draft_approved', 'programme_created']),
    )
    for (const e of events) expect(JSON.stringify(e.after)).toContain(programmeId)
    // Published versions never change.
    await expect(db().programmeVersion.deleteMany({ where: { programmeId } })).rejects.toThrow()
  })

  it('checks its own saved cases, which may be saved before it is published', async () => {
    const editor = await actor('editor')
    const programmeId = uniqueId()
    const created = await createProgrammeDraftFromScratch(programmeId, freshDocument(programmeId), 'Opens', editor)
    if (!created.ok) throw new Error(created.problem)
    const answers = { hostCountry: 'CO', nationality: 'VE', arrivalDate: '2023-01-10', statuses: [], adult: 'yes' }
    const testCase = { name: 'VE arrived early', asOf: todayIso(), answers, expected: { outcome: 'likely_eligible' } }
    expect(await saveCase({ ...testCase, programme: programmeId }, editor)).toEqual({ ok: true })
    expect(await saveCase({ ...testCase, programme: 'no-such-programme' }, editor)).toEqual({
      ok: false,
      issues: [{ path: 'programme', code: 'invalid_programme' }],
    })
    const cases = await programmeCases(programmeId)
    expect(cases).toMatchObject([{ name: 'VE arrived early', source: 'saved' }])
    const { programme } = programmeFromDraft((await getProgrammeDraft(created.draftId))!, todayIso(), 'p')
    const [compared] = compareProgrammeCases(null, programme!, cases, todayIso())
    expect(compared).toEqual({ name: 'VE arrived early', source: 'saved', before: null, after: 'likely_eligible' })
    const wrong = [{ ...cases[0]!, expected: { outcome: 'not_eligible' as const } }]
    expect(compareProgrammeCases(null, programme!, wrong, todayIso())[0]!.failure).toContain('not not_eligible')
  })

  it('refuses an id that is taken or malformed', async () => {
    const editor = await actor('editor')
    for (const [id, problem] of [
      ['cr-cet-2023', 'programme_exists'],
      ['Not An Id', 'invalid_id'],
      ['', 'invalid_id'],
    ] as const)
      expect(await createProgrammeDraftFromScratch(id, freshDocument(uniqueId()), '', editor)).toEqual({
        ok: false,
        problem,
      })
  })

  it('an approval is voided by a later save, and a rollback restores an earlier version', async () => {
    const [editor, approver] = [await actor('editor'), await actor('approver')]
    const programmeId = uniqueId()
    const created = await createProgrammeDraftFromScratch(programmeId, freshDocument(programmeId), 'Opens', editor)
    if (!created.ok) throw new Error(created.problem)
    await approved(created.draftId, approver)
    const first = await publishProgrammeDraft(created.draftId, todayIso(), approver)
    if (!first.ok) throw new Error(first.problems.join())
    const second = (await createProgrammeDraft(programmeId, editor))!
    const draft = (await getProgrammeDraft(second))!
    await approved(second, approver)
    await saveDraft(second, draft.document, 'Scheduled change', editor)
    expect((await getProgrammeDraft(second))!.status).toBe('open')
    await approved(second, approver)
    const scheduled = await publishProgrammeDraft(second, '2099-01-01', approver)
    expect(scheduled.ok).toBe(true)
    const rollback = (await createProgrammeRollbackDraft(programmeId, first.versionId, 'Back', editor))!
    await approved(rollback, approver)
    const back = await publishProgrammeDraft(rollback, '2099-06-01', approver)
    expect(back.ok && back.versionId).toContain('-rollback-')
    const rows = await db().programmeVersion.findMany({ where: { programmeId }, orderBy: { effectiveFrom: 'asc' } })
    expect(rows.map((r) => r.origin)).toEqual(['admin', 'admin', 'rollback'])
  })

  it('any document saves, and its checks name the problem instead of failing', async () => {
    const editor = await actor('editor')
    const id = (await createProgrammeDraft('cr-cet-2023', editor))!
    expect(programmeFromDraft((await getProgrammeDraft(id))!, todayIso(), 'p').problems).toEqual(['note_missing'])
    for (const document of [null, 'text', { programme: 1, version: [] }, { version: '{ "criteria": [' }]) {
      await saveDraft(id, document, 'A note', editor)
      const check = programmeFromDraft((await getProgrammeDraft(id))!, todayIso(), 'p')
      expect(check.problems).toContain('invalid')
    }
    expect(await getProgrammeDraft('not-a-uuid')).toBeNull()
    expect(await createProgrammeDraft('safe-mobility', editor)).toBeNull()
    expect(await createProgrammeRollbackDraft('cr-cet-2023', 'no-such-version', 'x', editor)).toBeNull()
    expect(await publishProgrammeDraft(id, 'garbage', await actor('approver'))).toEqual({
      ok: false,
      problems: ['not_approved'],
    })
  })
})
