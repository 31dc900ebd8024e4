import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'

import { audit, listAudit } from './audit'

describe('audit log', () => {
  it('records who, what, when, before and after, and filters by action and actor', async () => {
    const actor = { id: crypto.randomUUID(), email: `auditor-${Date.now()}@example.org` }
    await audit(actor, {
      action: 'draft_saved',
      subject: 'draft-1',
      before: { cutoff: '2023-06-11' },
      after: { cutoff: '2024-01-31' },
    })
    const [event] = await listAudit({ action: 'draft_saved', actor: actor.email.slice(0, 12) })
    expect(event).toMatchObject({ actorEmail: actor.email, subject: 'draft-1', after: { cutoff: '2024-01-31' } })
    expect(event?.at).toBeInstanceOf(Date)
  })

  it('is append-only: the database refuses to change or delete an event', async () => {
    await audit(null, { action: 'login_failed' })
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } })
    await expect(db().auditEvent.update({ where: { id: last.id }, data: { action: 'login' } })).rejects.toThrow(
      /append-only/,
    )
    await expect(db().auditEvent.delete({ where: { id: last.id } })).rejects.toThrow(/append-only/)
    await expect(db().$executeRawUnsafe('TRUNCATE "audit_events"')).rejects.toThrow(/append-only/)
  })
})
