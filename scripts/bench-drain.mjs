// `npm run bench:drain`: how fast a running app empties its outbox while it is under load. Starts `next start`
// (outbox drain every second), loads it with POST /api/v1/eligibility (autocannon, BENCH_CONNECTIONS), then drops
// BENCH_DRAIN_ROWS (10000) waiting outcomes into its outbox at once and times until every one is in PostgreSQL.
// Prints rows/s, the requests the app served meanwhile and the load average. Runs under with-db.mjs.
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { freePort } from './embedded-db.mjs'

const rowsWanted = Number(process.env.BENCH_DRAIN_ROWS ?? 10_000)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16)
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

if (!existsSync('.next/BUILD_ID')) {
  console.error('[bench] no build: running next build')
  if (spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' }).status !== 0) process.exit(1)
}

/** One waiting outcome, as the outbox holds it (lib/outcomes/stored-columns.ts). */
function row() {
  const digest = createHash('sha256').update(randomUUID()).digest('hex')
  const code = [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')
  return {
    id: randomUUID(),
    idempotency_digest: digest,
    result_code: code,
    screened_on: '2024-03-01',
    as_of: '2024-03-01',
    host_country: 'CO',
    nationality: 'VE',
    arrival: 'on_or_before',
    statuses: ['ppt'],
    adult: 'yes',
    outcome: 'likely_eligible',
    criteria: [{ id: 'nationality', status: 'met' }],
    rules_version: 'bench',
    locale: 'es',
    channel: 'self',
    shelter_id: null,
  }
}

const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
await db.connect()
const count = async () => Number((await db.query('SELECT count(*) FROM outcomes')).rows[0].count)
const outbox = mkdtempSync(path.join(os.tmpdir(), 'smi-bench-drain-'))
const staging = path.join(outbox, '..', `${path.basename(outbox)}-staging`)
mkdirSync(staging)
const files = Array.from({ length: rowsWanted }, () => {
  const r = row()
  writeFileSync(path.join(staging, `${r.idempotency_digest}.json`), JSON.stringify(r))
  return `${r.idempotency_digest}.json`
})

const port = await freePort()
const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, OUTCOME_OUTBOX_DIR: outbox, OUTCOME_OUTBOX_DRAIN_SECONDS: '1', NEXT_TELEMETRY_DISABLED: '1' },
})
for (let t = 0; ; t++) {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health`)
    break
  } catch {
    if (t > 600) throw new Error('the app did not start')
    await new Promise((r) => setTimeout(r, 100))
  }
}
const body = JSON.stringify({
  answers: {
    hostCountry: 'CO',
    nationality: 'VE',
    arrivalDate: '2023-05-02',
    statuses: [{ code: 'ppt' }],
    adult: 'yes',
  },
})
let served
const finished = new Promise((resolve) => (served = resolve))
const load = autocannon(
  {
    url: `http://127.0.0.1:${port}/api/v1/eligibility`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: 600,
  },
  (error, result) => served(result),
)
await new Promise((r) => setTimeout(r, 3_000)) // the app is busy before the rows arrive
const before = await count()
const started = performance.now()
for (const f of files) renameSync(path.join(staging, f), path.join(outbox, f))
const loadStart = os.loadavg()[0]
while (readdirSync(outbox).some((f) => f.endsWith('.json')) || (await count()) - before < rowsWanted) {
  if (performance.now() - started > 300_000) break
  await new Promise((r) => setTimeout(r, 50))
}
const seconds = (performance.now() - started) / 1000
const stored = (await count()) - before
load.stop()
const result = await finished
server.kill('SIGTERM')
await new Promise((r) => server.once('exit', r))
await db.end()
console.log(
  `drained ${stored}/${rowsWanted} rows in ${seconds.toFixed(2)} s = ${Math.round(stored / seconds)} rows/s ` +
    `while serving ${Math.round(result.requests.average)} req/s (POST /api/v1/eligibility, ${connections} connections, ` +
    `${result.non2xx} non-2xx); load average ${loadStart.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ` +
    `${os.cpus().length} CPUs`,
)
