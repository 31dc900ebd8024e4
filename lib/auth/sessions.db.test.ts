import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'

import { createAccount } from './accounts'
import { absoluteTimeoutMs, createSession, endAllSessions, findSession, idleTimeoutMs } from './sessions'
import { hashToken } from './tokens'

async function session() {
  const { id } = await createAccount(`session-${Date.now()}-${Math.random()}@example.org`, 'approver', null)
  return { id, token: await createSession(id) }
}

describe('sessions', () => {
  it('finds the account of a fresh session and stores only the token hash', async () => {
    const { id, token } = await session()
    expect(await findSession(token)).toMatchObject({ id, role: 'approver' })
    expect(await db().adminSession.findUnique({ where: { tokenHash: token } })).toBeNull()
    expect(await db().adminSession.findUnique({ where: { tokenHash: hashToken(token) } })).not.toBeNull()
  })

  it('ends a session idle for more than 30 minutes', async () => {
    const { token } = await session()
    expect(await findSession(token, new Date(Date.now() + idleTimeoutMs + 1000))).toBeNull()
    expect(await findSession(token)).toBeNull()
  })

  it('ends an active session 12 hours after login', async () => {
    const { token } = await session()
    const later = new Date(Date.now() + absoluteTimeoutMs + 1000)
    await db().adminSession.updateMany({ where: { tokenHash: hashToken(token) }, data: { lastSeenAt: later } })
    expect(await findSession(token, later)).toBeNull()
  })

  it('"log out everywhere" ends every session of the account', async () => {
    const { id, token } = await session()
    const other = await createSession(id)
    expect(await endAllSessions(id)).toBe(2)
    expect(await findSession(token)).toBeNull()
    expect(await findSession(other)).toBeNull()
  })

  it('ends the sessions of a disabled account', async () => {
    const { id, token } = await session()
    await db().adminAccount.update({ where: { id }, data: { disabledAt: new Date() } })
    expect(await findSession(token)).toBeNull()
  })
})
