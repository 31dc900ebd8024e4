import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'
import { dayOf } from '@/lib/rules/dates'

import { idempotencyDigest } from './idempotency'
import { purgeOutcomes } from './purge'
import { resultCodeFor } from './result-code'
import { retentionMonths } from './retention'

const monthsAgo = (months: number, days = 0) => {
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() - months)
  d.setUTCDate(d.getUTCDate() - days)
  return new Date(dayOf(d))
}

async function outcomeScreenedOn(day: Date) {
  const digest = idempotencyDigest(randomUUID())
  const row = await db().outcome.create({
    data: {
      idempotencyDigest: digest,
      resultCode: resultCodeFor(digest),
      screenedOn: day,
      asOf: day,
      hostCountry: 'CO',
      nationality: 'VE',
      arrival: 'unknown',
      statuses: [],
      adult: 'yes',
      outcome: 'not_eligible',
      criteria: [],
      rulesVersion: 'test-v1',
      locale: 'es',
      channel: 'self',
    },
  })
  return row.id
}
const exists = async (id: string) => (await db().outcome.count({ where: { id } })) === 1

describe('retention purge', () => {
  it('deletes outcomes older than the retention period and keeps the rest', async () => {
    // A few days either side of the boundary: month arithmetic at the end of a month differs by up to 3 days.
    const old = await outcomeScreenedOn(monthsAgo(24, 5))
    const edge = await outcomeScreenedOn(monthsAgo(24, -5))
    const recent = await outcomeScreenedOn(monthsAgo(1))
    const result = await purgeOutcomes(24)
    expect(result).toMatchObject({ deleted: expect.any(Number) })
    expect(await exists(old)).toBe(false)
    expect(await exists(edge)).toBe(true)
    expect(await exists(recent)).toBe(true)
  })

  it('follows OUTCOME_RETENTION_MONTHS, 24 by default', async () => {
    expect(retentionMonths()).toBe(24)
    process.env.OUTCOME_RETENTION_MONTHS = '6'
    try {
      const sevenMonths = await outcomeScreenedOn(monthsAgo(7))
      await purgeOutcomes()
      expect(await exists(sevenMonths)).toBe(false)
    } finally {
      delete process.env.OUTCOME_RETENTION_MONTHS
    }
  })

  it('runs once at a time across instances: a purge while another holds the lock skips', async () => {
    const old = await outcomeScreenedOn(monthsAgo(30))
    let release!: () => void
    const held = db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(50524505)`
      await new Promise<void>((resolve) => (release = resolve))
    })
    await new Promise((r) => setTimeout(r, 100))
    expect(await purgeOutcomes(24)).toEqual({ skipped: 'another purge is running' })
    expect(await exists(old)).toBe(true)
    release()
    await held
    expect(await purgeOutcomes(24)).toMatchObject({ deleted: expect.any(Number) })
    expect(await exists(old)).toBe(false)
  })
})
