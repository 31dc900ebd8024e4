import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'
import { sampleScreening } from '@/tests/support/screenings'

import { idempotencyDigest } from './idempotency'
import { recordOutcome } from './record'
import { resultCodeFor, resultCodePattern } from './result-code'

beforeAll(() => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-outbox-'))
})

const screening = (key: string, i = 0) => ({
  ...sampleScreening(i),
  locale: 'fr' as const,
  channel: 'self' as const,
  idempotencyKey: key,
})
const rowsFor = (key: string) => db().outcome.findMany({ where: { idempotencyDigest: idempotencyDigest(key) } })

describe('recordOutcome', () => {
  it('stores one anonymised row stamped with the rules version and gives a readable result code', async () => {
    const key = randomUUID()
    const input = screening(key)
    const result = await recordOutcome(input)
    expect(result.stored).toBe('database')
    expect(result.resultCode).toMatch(resultCodePattern)
    const [row] = await rowsFor(key)
    expect(row).toMatchObject({
      resultCode: result.resultCode,
      rulesVersion: input.evaluation.rulesVersion,
      hostCountry: 'CO',
      channel: 'self',
      locale: 'fr',
      arrival: 'on_or_before',
    })
  })

  it('stores a screening submitted twice only once, under the same result code', async () => {
    const key = randomUUID()
    const first = await recordOutcome(screening(key))
    const again = await recordOutcome(screening(key, 2)) // a reload, even with other answers, is the same screening
    expect(again.resultCode).toBe(first.resultCode)
    expect(await rowsFor(key)).toHaveLength(1)
  })

  it('stores a screening once when the same key arrives many times at once', async () => {
    const key = randomUUID()
    const results = await Promise.all(Array.from({ length: 8 }, () => recordOutcome(screening(key))))
    expect(new Set(results.map((r) => r.resultCode)).size).toBe(1)
    expect(await rowsFor(key)).toHaveLength(1)
  })

  it('gives different screenings different codes', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => recordOutcome(screening(randomUUID(), i))))
    expect(new Set(results.map((r) => r.resultCode)).size).toBe(20)
  })

  it('moves to the next code when another screening already holds this one', async () => {
    const key = randomUUID()
    const digest = idempotencyDigest(key)
    const other = idempotencyDigest(randomUUID())
    await db().outcome.create({
      data: {
        idempotencyDigest: other,
        resultCode: resultCodeFor(digest),
        screenedOn: new Date(),
        asOf: new Date(),
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
    const result = await recordOutcome(screening(key))
    expect(result).toEqual({ sameAnswers: true, resultCode: resultCodeFor(digest, 1), stored: 'database' })
  })
})
