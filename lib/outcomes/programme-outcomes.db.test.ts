import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'
import { statementsDuring } from '@/tests/support/query-count'
import { sampleProgrammeScreening } from '@/tests/support/screenings'

import { drainOutbox } from './drain'
import { idempotencyDigest } from './idempotency'
import { putInOutbox } from './outbox'
import { toOutcomeProgrammeRows } from './programme-rows'
import { purgeOutcomes } from './purge'
import { recordOutcome } from './record'
import { resultCodeFor } from './result-code'
import { insertOutcome } from './store'
import { toOutcomeRow } from './stored-columns'

beforeAll(() => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-programme-outbox-'))
})

const screening = (key: string) => ({
  ...sampleProgrammeScreening('2023-06-01'),
  locale: 'es' as const,
  channel: 'self' as const,
  idempotencyKey: key,
})
const programmeRowsFor = (key: string) =>
  db().outcomeProgramme.findMany({
    where: { parent: { idempotencyDigest: idempotencyDigest(key) } },
    orderBy: { programme: 'asc' },
  })
const rowFor = (key: string, screenedOn?: Date) => {
  const { answers, evaluation, programmes } = sampleProgrammeScreening('2023-06-01')
  const row = toOutcomeRow(evaluation, answers, {
    locale: 'ht',
    channel: 'self',
    idempotencyKey: key,
    resultCode: resultCodeFor(idempotencyDigest(key)),
    now: screenedOn ?? new Date(),
  })
  return { ...row, programmes: toOutcomeProgrammeRows(programmes, answers) }
}
const countsOf = (programme: string, version: string) =>
  db().outcomeProgrammeDailyCount.aggregate({ _sum: { count: true }, where: { programme, programmeVersion: version } })

describe('programme outcomes', () => {
  it('stores one row per programme of the host country with its outcome, in the same insert', async () => {
    const key = randomUUID()
    const input = screening(key)
    expect((await recordOutcome(input)).stored).toBe('database')
    const rows = await programmeRowsFor(key)
    expect(rows.map((r) => r.programme)).toEqual([
      'ca-empp',
      'ca-humanitarian-family-2023',
      'cr-cet-2023',
      'es-smo-referral',
    ])
    const cet = rows.find((r) => r.programme === 'cr-cet-2023')!
    const evaluated = input.programmes.find((p) => p.programme === 'cr-cet-2023')!
    expect(cet).toMatchObject({
      programmeVersion: evaluated.version,
      outcome: evaluated.outcome,
      facts: { 'lived-in-cr-since-asylum-claim': 'yes' },
    })
  })

  it('stays one round trip to the database for the outcome and all its programme rows', async () => {
    const key = randomUUID()
    await recordOutcome(screening(randomUUID())) // warm: the first screening may read the rules
    const { statements } = await statementsDuring(() => recordOutcome(screening(key)))
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatch(/INSERT INTO outcome_programmes/)
    expect(await programmeRowsFor(key)).toHaveLength(4)
  })

  it('stores them once for a screening sent twice, and none without programmes', async () => {
    const key = randomUUID()
    await recordOutcome(screening(key))
    await recordOutcome(screening(key))
    expect(await programmeRowsFor(key)).toHaveLength(4)
    const plain = randomUUID()
    await recordOutcome({ ...screening(plain), programmes: undefined })
    expect(await programmeRowsFor(plain)).toHaveLength(0)
  })

  it('drains an outcome queued during an outage with its programme rows, once', async () => {
    const key = `programme-outbox-${randomUUID()}`
    const row = rowFor(key)
    await putInOutbox(row)
    await drainOutbox()
    await putInOutbox(row) // a second copy (another instance, a retry) changes nothing
    await drainOutbox()
    expect(await programmeRowsFor(key)).toHaveLength(4)
  })

  it('counts programme outcomes by the outcome’s day and dimensions, and the purge takes them away', async () => {
    const version = screening(randomUUID()).programmes.find((p) => p.programme === 'ca-empp')!.version
    const key = randomUUID()
    const old = new Date()
    old.setUTCMonth(old.getUTCMonth() - 30)
    const before = (await countsOf('ca-empp', version))._sum.count ?? 0
    await insertOutcome(rowFor(key, old))
    expect((await countsOf('ca-empp', version))._sum.count).toBe(before + 1)
    await purgeOutcomes(24)
    expect(await programmeRowsFor(key)).toHaveLength(0)
    expect((await countsOf('ca-empp', version))._sum.count ?? 0).toBe(before)
  })

  it('counts screenings of one bucket stored at once on many connections, and the purge takes every shard away', async () => {
    const old = new Date()
    old.setUTCMonth(old.getUTCMonth() - 40) // a month no other test stores in
    const day = new Date(old.toISOString().slice(0, 10))
    const dailySum = () => db().outcomeDailyCount.aggregate({ _sum: { count: true }, where: { screenedOn: day } })
    const programmeRows = () => db().outcomeProgrammeDailyCount.findMany({ where: { screenedOn: day } })
    await Promise.all(Array.from({ length: 40 }, () => insertOutcome(rowFor(randomUUID(), old))))
    expect((await dailySum())._sum.count).toBe(40)
    const perProgramme = new Map<string, number>()
    for (const r of await programmeRows()) perProgramme.set(r.programme, (perProgramme.get(r.programme) ?? 0) + r.count)
    expect(perProgramme.size).toBeGreaterThan(0)
    for (const total of perProgramme.values()) expect(total).toBe(40)
    // The pool's connections counted into more than one shard: they did not all queue on one row.
    expect(new Set((await programmeRows()).map((r) => r.shard)).size).toBeGreaterThan(1)
    await purgeOutcomes(24)
    expect((await dailySum())._sum.count).toBeNull()
    expect(await programmeRows()).toEqual([])
  })

  it('refuses a fact answer that is not a code', async () => {
    const row = rowFor(randomUUID())
    const programmes = row.programmes.map((p) => ({ ...p, facts: { 'lived-in-cr-since-asylum-claim': '2019-05-01' } }))
    // @ts-expect-error a date where a code belongs
    await expect(insertOutcome({ ...row, programmes })).rejects.toMatchObject({ failure: 'refused' })
  })
})
