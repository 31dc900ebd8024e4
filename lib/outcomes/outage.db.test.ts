// The outage test: PostgreSQL stops in the middle of a run of screenings and comes back; every
// outcome a person was given a result code for must then be stored exactly once, under that code.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { GET as health } from '@/app/api/health/route'
import { POST as screenViaApiRoute } from '@/app/api/v1/screenings/route'
import { db } from '@/lib/db/prisma'
// @ts-expect-error plain ESM script without types
import { freePort, startEmbeddedDb } from '@/scripts/embedded-db.mjs'
// @ts-expect-error plain ESM script without types
import { migrate } from '@/scripts/migrate.mjs'
import { asPartner, testApiKey } from '@/tests/support/api-key'
import { sampleScreening } from '@/tests/support/screenings'

import { drainOutbox } from './drain'
import { idempotencyDigest } from './idempotency'
import { listOutbox } from './outbox'
import { recordOutcome, type RecordResult } from './record'

let partner: Awaited<ReturnType<typeof testApiKey>>
const screenViaApi = asPartner(screenViaApiRoute, () => partner)

type Server = { url: string; stop: () => Promise<void> }
const root = path.join(os.tmpdir(), 'smi-outage-test')
const dir = path.join(root, 'pg') // a fixed data folder, so the same server can be stopped and started again
let port: number
let server: Server

const start = async (): Promise<Server> => startEmbeddedDb({ dir, persistent: true, database: 'outage', port })

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true })
  port = await freePort()
  server = await start()
  await migrate(server.url)
  process.env.DATABASE_URL = server.url // this file's own database, not the shared test one
  delete (globalThis as { prisma?: unknown }).prisma
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-outage-outbox-'))
  process.env.OUTCOME_DB_TIMEOUT_MS = '1000'
  partner = await testApiKey()
}, 120_000)

afterAll(async () => {
  await db().$disconnect()
  delete (globalThis as { prisma?: unknown }).prisma
  await server.stop()
  rmSync(root, { recursive: true, force: true })
})

const acknowledged = new Map<string, RecordResult>()
async function screen(from: number, to: number, during?: Promise<unknown>) {
  const keys = Array.from({ length: to - from }, (_, i) => `outage-${from + i}`)
  for (let i = 0; i < keys.length; i += 4) {
    // four people at a time
    await Promise.all(
      keys.slice(i, i + 4).map(async (key, j) => {
        acknowledged.set(
          key,
          await recordOutcome({ ...sampleScreening(from + i + j), locale: 'es', channel: 'self', idempotencyKey: key }),
        )
      }),
    )
  }
  await during
}

const apiRequest = (key: string, i: number) =>
  new Request('http://localhost/api/v1/screenings', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ answers: sampleScreening(i).answers }),
  })

it('keeps every acknowledged outcome through a database outage, each stored exactly once', async () => {
  await screen(0, 20)
  // A partner's first screening while the database is up: its key is then known to this instance during the outage.
  const warm = await screenViaApi(apiRequest('outage-api-warm0001', 1))
  expect(warm.status).toBe(201)
  acknowledged.set('api:outage-api-warm0001', {
    resultCode: (await warm.json()).resultCode,
    stored: 'database',
    sameAnswers: true,
  })
  await screen(20, 40, server.stop()) // the database goes down while these people get their results
  await screen(40, 60) // fully down
  const before = new Map([...acknowledged].filter(([key]) => /-(4[0-4])$/.test(key)))
  await screen(40, 45) // people reload their result page during the outage: same code, nothing new waits
  for (const [key, result] of before) expect(acknowledged.get(key)?.resultCode).toBe(result.resultCode)
  expect(listOutbox().length).toBeGreaterThanOrEqual(20)
  expect(await (await health()).json()).toMatchObject({ status: 'degraded', database: 'down' })
  const api = await screenViaApi(apiRequest('outage-api-0000001', 0))
  expect(api.status).toBe(201) // the API still answers, with the rules this instance last read (or the shipped ones)
  acknowledged.set('api:outage-api-0000001', {
    resultCode: (await api.json()).resultCode,
    stored: 'outbox',
    sameAnswers: true,
  })

  server = await start()
  // The waiting outcomes are on disk, not in this process: a separate process (as at an app's start-up) drains them.
  const drain = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/outbox-drain.ts'],
    { env: process.env, encoding: 'utf8' },
  )
  expect(drain.stdout).toMatch(/still waiting 0\./)
  expect(listOutbox()).toEqual([])
  await screen(60, 70) // back up: new screenings are stored again
  await screen(30, 35) // and reloads of results given during the outage still find their codes
  await drainOutbox() // what went to the outbox while this process still thought the database was down
  expect(listOutbox()).toEqual([])

  const client = new pg.Client({ connectionString: server.url })
  await client.connect()
  const { rows } = await client.query<{ idempotency_digest: string; result_code: string }>(
    'SELECT idempotency_digest, result_code FROM outcomes',
  )
  await client.end()
  expect(rows).toHaveLength(acknowledged.size)
  const stored = new Map(rows.map((r) => [r.idempotency_digest, r.result_code]))
  expect(stored.size).toBe(rows.length) // no screening twice
  for (const [key, result] of acknowledged) expect(stored.get(idempotencyDigest(key))).toBe(result.resultCode)
  expect([...acknowledged.values()].filter((r) => r.stored === 'outbox').length).toBeGreaterThanOrEqual(20)
}, 120_000)
