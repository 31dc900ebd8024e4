// `npm run bench:insert`: what Prisma costs on the one statement of a stored screening. The outcome insert of
// lib/outcomes/store.ts BENCH_INSERTS times (3000) at 16 at once: through Prisma's raw-query pipeline
// ($queryRawUnsafe, as store.ts sent it with $queryRaw before), through the app's insertOutcome (the same
// statement straight to the pool under Prisma, lib/db/prisma.ts rawRows), and through a bare pg.Pool. Prints
// this process's CPU per insert and inserts per second for each. Runs under with-db.mjs (a throwaway database).
import { randomUUID } from 'node:crypto'
import os from 'node:os'

import pg from 'pg'

import { db } from '../lib/db/prisma'
import { idempotencyDigest } from '../lib/outcomes/idempotency'
import { resultCodeFor } from '../lib/outcomes/result-code'
import { insertOutcome } from '../lib/outcomes/store'
import { outcomeColumns, type OutcomeRow, toOutcomeRow } from '../lib/outcomes/stored-columns'
import { sampleScreening } from '../tests/support/screenings'

const total = Number(process.env.BENCH_INSERTS ?? 3000)
const atOnce = 16

function row(i: number): OutcomeRow {
  const key = randomUUID()
  const { evaluation, answers } = sampleScreening(i)
  return toOutcomeRow(evaluation, answers, {
    locale: 'en',
    channel: 'self',
    idempotencyKey: key,
    resultCode: resultCodeFor(idempotencyDigest(key)),
    now: new Date(),
  })
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
// The app's statement (store.ts) written out for pg: the insert, and the stored row when it was there already.
const casts: Partial<Record<string, string>> = {
  id: '::uuid',
  screened_on: '::date',
  as_of: '::date',
  statuses: '::text[]',
  criteria: '::jsonb',
}
const placeholders = outcomeColumns.map((c, i) => `$${i + 1}${casts[c] ?? ''}`).join(', ')
const facts = `concat_ws('|', as_of::text, host_country, nationality, arrival, array_to_string(statuses, ','), adult,
  locale, channel) AS facts`
const bareSql = `WITH ins AS (
    INSERT INTO outcomes (${outcomeColumns.join(', ')}) VALUES (${placeholders})
    ON CONFLICT DO NOTHING RETURNING result_code, ${facts})
  SELECT result_code, facts FROM ins
  UNION ALL SELECT result_code, ${facts} FROM outcomes WHERE idempotency_digest = $2 LIMIT 1`
const valuesOf = (r: OutcomeRow) =>
  outcomeColumns.map((c) => (c === 'criteria' ? JSON.stringify(r.criteria) : (r[c] ?? null)))

async function measure(name: string, insert: (r: OutcomeRow) => Promise<unknown>) {
  const rows = Array.from({ length: total }, (_, i) => row(i))
  for (let i = 0; i < 200; i++) await insert(row(i)) // warm up: connections, JIT
  const cpu = process.cpuUsage()
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      while (next < rows.length) await insert(rows[next++]!)
    }),
  )
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  return {
    insert: name,
    'inserts/s': Math.round((total / ms) * 1000),
    'client CPU ms/insert': Number(((used.user + used.system) / 1000 / total).toFixed(3)),
  }
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
console.error(`[bench] ${total} inserts, ${atOnce} at once, load average ${load()}`)
const results = []
for (let round = 0; round < 2; round++) {
  results.push(await measure('Prisma raw-query pipeline', (r) => db().$queryRawUnsafe(bareSql, ...valuesOf(r))))
  results.push(await measure("the app's insertOutcome (rawRows)", (r) => insertOutcome(r, 10_000)))
  results.push(await measure('bare pg.Pool', (r) => pool.query(bareSql, valuesOf(r))))
}
console.table(results)
console.log(`load average after: ${load()}`)
await pool.end()
process.exit(0)
