import 'server-only'

import type { Prisma } from '@/generated/prisma/client'
import { db } from '@/lib/db/prisma'

export interface Actor {
  id: string
  email: string
}

export interface AuditEntry {
  action: string
  subject?: string
  before?: unknown
  after?: unknown
}

type Tx = Prisma.TransactionClient

/** Appends one event to the audit log (inside `tx` when given, so it commits with the change it records). */
export async function audit(actor: Actor | null, entry: AuditEntry, tx?: Tx): Promise<void> {
  await (tx ?? db()).auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  })
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue)
}

export interface AuditFilter {
  action?: string
  actor?: string
  from?: Date
  to?: Date
}

/** The newest audit events matching a filter (actor matches part of an email). */
export async function listAudit(filter: AuditFilter, take = 200) {
  return db().auditEvent.findMany({
    where: {
      action: filter.action || undefined,
      actorEmail: filter.actor ? { contains: filter.actor, mode: 'insensitive' } : undefined,
      at: { gte: filter.from, lt: filter.to },
    },
    orderBy: { id: 'desc' },
    take,
  })
}
