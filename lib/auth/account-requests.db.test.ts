import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'

import { cancelRequest, confirmRequest, listPendingRequests, requestChange } from './account-requests'
import { createAccount } from './accounts'

async function admin() {
  const email = `admin-${Date.now()}-${Math.random()}@example.org`
  return { id: (await createAccount(email, 'admin', null)).id, email }
}

describe('changes that need a second admin', () => {
  it('creates an approver only once another admin confirms, and hands that admin the setup link', async () => {
    const first = await admin()
    const second = await admin()
    const email = `puppet-${Date.now()}@example.org`
    const id = await requestChange({ kind: 'create', email, role: 'approver' }, first)
    expect(await db().adminAccount.findUnique({ where: { email } })).toBeNull()
    expect((await listPendingRequests()).map((r) => r.id)).toContain(id)
    expect(await confirmRequest(id, first)).toEqual({ ok: false, code: 'same_admin' })
    const done = await confirmRequest(id, second)
    expect(done).toMatchObject({ ok: true, email, token: expect.any(String) })
    expect(await db().adminAccount.findUnique({ where: { email } })).toMatchObject({ role: 'approver' })
    expect(await confirmRequest(id, second)).toEqual({ ok: false, code: 'not_pending' })
    const actions = (await db().auditEvent.findMany({ where: { subject: email } })).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['account_request_created', 'account_request_confirmed']))
  })

  it('promotes and issues reset links only after confirmation; a cancelled request does nothing', async () => {
    const first = await admin()
    const second = await admin()
    const email = `editor-${Date.now()}@example.org`
    const { id: accountId } = await createAccount(email, 'editor', null)
    const promote = await requestChange({ kind: 'role', email, role: 'admin', accountId }, first)
    await cancelRequest(promote, second)
    expect(await confirmRequest(promote, second)).toEqual({ ok: false, code: 'not_pending' })
    expect((await db().adminAccount.findUniqueOrThrow({ where: { id: accountId } })).role).toBe('editor')
    const again = await requestChange({ kind: 'role', email, role: 'admin', accountId }, first)
    expect(await confirmRequest(again, second)).toEqual({ ok: true, email })
    expect((await db().adminAccount.findUniqueOrThrow({ where: { id: accountId } })).role).toBe('admin')
    const reset = await requestChange({ kind: 'reset', email, role: 'admin', accountId }, first)
    expect(await confirmRequest(reset, second)).toMatchObject({ ok: true, token: expect.any(String) })
    expect(await confirmRequest('not-a-uuid', second)).toEqual({ ok: false, code: 'not_pending' })
  })
})
