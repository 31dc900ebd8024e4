// `npm run bench:outcome-insert`: what the programme rows cost the hot path. 1000 single-outcome INSERTs on a
// throwaway embedded PostgreSQL, alternating with and without a Costa Rica screening's programme rows (4), so
// machine load affects both alike. Prints median and p95 of each.
import { randomUUID } from 'node:crypto'

import { db } from '../lib/db/prisma'
import { idempotencyDigest } from '../lib/outcomes/idempotency'
import { toOutcomeProgrammeRows } from '../lib/outcomes/programme-rows'
import { resultCodeFor } from '../lib/outcomes/result-code'
import { insertOutcome } from '../lib/outcomes/store'
import { toOutcomeRow } from '../lib/outcomes/stored-columns'
import { sampleProgrammeScreening } from '../tests/support/screenings'

const { answers, evaluation, programmes } = sampleProgrammeScreening('2023-06-01')
const rows = toOutcomeProgrammeRows(programmes, answers)
console.log(`${rows.length} programme rows a screening`)
const make = (withProgrammes: boolean) => {
  const key = randomUUID()
  const row = toOutcomeRow(evaluation, answers, {
    locale: 'es',
    channel: 'self',
    idempotencyKey: key,
    resultCode: resultCodeFor(idempotencyDigest(key)),
    now: new Date(),
  })
  return withProgrammes ? { ...row, programmes: rows } : row
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!
for (let i = 0; i < 50; i++) await insertOutcome(make(i % 2 === 0), 10_000)
const times: Record<string, number[]> = { without: [], with: [] }
for (let i = 0; i < 1000; i++) {
  const w = i % 2 === 0
  const t = performance.now()
  await insertOutcome(make(w), 10_000)
  times[w ? 'with' : 'without']!.push(performance.now() - t)
}
for (const [k, v] of Object.entries(times))
  console.log(`${k} programme rows: median ${median(v).toFixed(2)} ms, p95 ${p95(v).toFixed(2)} ms, n=${v.length}`)
await db().$disconnect()
process.exit(0)
