import { describe, expect, it } from 'vitest'

import { createAccount } from '@/lib/auth/accounts'

import { approveDraft } from './approval'
import { createRollbackDraft, discardDraft, getDraft, publishDraft } from './drafts'
import { deleteCase, saveCase } from './test-cases'

describe('malformed admin input', () => {
  it('finds nothing for ids that are not UUIDs, and a day off the calendar is the form error', async () => {
    const email = `approver-${Date.now()}@example.org`
    const actor = { id: (await createAccount(email, 'approver', null)).id, email }
    for (const id of ['not-a-uuid', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g']) {
      expect(await getDraft(id)).toBeNull()
      await expect(discardDraft(id, actor)).resolves.toBeUndefined()
      await expect(deleteCase(id, actor)).resolves.toBeUndefined()
      expect(await approveDraft(id, 'x', actor)).toEqual({ ok: false, problem: 'not_open' })
      expect(await publishDraft(id, '2099-01-01', actor)).toEqual({ ok: false, problems: ['not_open'] })
    }
    expect(await createRollbackDraft('no-such-version', 'note', actor)).toBeNull()
    const answers = { hostCountry: 'CO', nationality: 'VE', statuses: [], adult: 'yes' }
    const saved = await saveCase({ name: 'x', asOf: '2024-02-31', answers, expected: { outcome: 'eligible' } }, actor)
    expect(saved.ok).toBe(false)
  })
})
