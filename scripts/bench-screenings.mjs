// `npm run bench:screenings`: POST /api/v1/screenings on `next start` for BENCH_DURATION s (30) at
// BENCH_CONNECTIONS (64) with autocannon, then the same load on a bare node:http + pg INSERT server
// (bench-bare-server.mjs) against the same database. Prints throughput, p50/p99 latency, errors, and rows
// stored vs acknowledged (2xx). Runs under with-db.mjs (DATABASE_URL, or a throwaway embedded PostgreSQL);
// builds first when there is no .next build. Every request is a new screening (its own Idempotency-Key), sent as
// a partner (an API key made here) and under a rate limit too high to refuse any: the app still counts each one.
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { cpuSeconds } from './bench-cpu.mjs'
import { freePort } from './embedded-db.mjs'

const duration = Number(process.env.BENCH_DURATION ?? 30)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64)
const bodies = [
  {
    answers: {
      hostCountry: 'CO',
      nationality: 'VE',
      arrivalDate: '2023-05-02',
      statuses: [{ code: 'ppt' }],
      adult: 'yes',
    },
    asOf: '2024-03-01',
  },
  {
    answers: {
      hostCountry: 'CR',
      nationality: 'NI',
      arrivalDate: '2023-06',
      statuses: [{ code: 'asylum_seeker' }],
      adult: 'yes',
    },
    asOf: '2024-03-01',
  },
  {
    answers: {
      hostCountry: 'EC',
      nationality: 'HT',
      arrivalDate: 'unsure',
      statuses: [{ code: 'unsure' }],
      adult: 'unsure',
    },
  },
  { answers: { hostCountry: 'GT', nationality: 'CU', statuses: [{ code: 'none' }], adult: 'no' } },
].map((b) => JSON.stringify(b))

if (!existsSync('.next/BUILD_ID')) {
  console.error('[bench] no build: running next build')
  if (spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' }).status !== 0) process.exit(1)
}

const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
await db.connect()
const countRows = async () => Number((await db.query('SELECT count(*) FROM outcomes')).rows[0].count)
// A partner's key, as `npm run api-key:create` makes it: only its SHA-256 is stored.
const apiKey = `smk_${randomBytes(32).toString('base64url')}`
await db.query(`INSERT INTO api_keys (id, client, digest) VALUES (gen_random_uuid(), 'bench', $1)`, [
  createHash('sha256').update(apiKey).digest('hex'),
])

async function measure(name, cmd, args, env = {}) {
  const port = await freePort()
  const outbox = mkdtempSync(path.join(os.tmpdir(), 'smi-bench-outbox-'))
  const server = spawn(cmd, [...args, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      OUTCOME_OUTBOX_DIR: outbox,
      NEXT_TELEMETRY_DISABLED: '1',
      RATE_LIMIT_SCREENINGS: '999999999/60',
      ...env,
    },
  })
  await waitFor(`http://127.0.0.1:${port}/`)
  // Warm-up (not measured): the first requests load and compile the route's modules.
  await autocannon({ ...load(port, []), duration: 3 })
  const before = await countRows()
  const cpuBefore = cpuSeconds(server.pid)
  const codes = [] // the result code of every acknowledged (2xx) screening
  const result = await autocannon(load(port, codes))
  const cpu = cpuSeconds(server.pid) - cpuBefore
  server.kill('SIGTERM') // requests cut off at the end still finish: rows stored can exceed the acknowledged
  await new Promise((r) => server.once('exit', r))
  const stored = (await countRows()) - before
  // Acknowledged means durable: in the table, or in the outbox (written before the answer; drained later).
  const inOutbox = readdirSync(outbox)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(outbox, f), 'utf8')).result_code)
  const inTable = (await db.query('SELECT result_code FROM outcomes WHERE result_code = ANY($1)', [codes])).rows.map(
    (r) => r.result_code,
  )
  const durable = new Set([...inTable, ...inOutbox])
  const found = codes.filter((c) => durable.has(c)).length
  const waiting = inOutbox.length
  return {
    server: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'server CPU ms/req': Number(((cpu * 1000) / Math.max(1, result.requests.total)).toFixed(2)),
    acknowledged: codes.length,
    'acknowledged & durable': found,
    'rows stored': stored,
    'in outbox': waiting,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

let sent = 0
/** autocannon options: POST a screening per request, each with its own Idempotency-Key; 2xx codes go to `codes`. */
function load(port, codes) {
  return {
    url: `http://127.0.0.1:${port}/api/v1/screenings`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: bodies[sent++ % bodies.length],
          headers: { ...req.headers, 'idempotency-key': randomUUID() },
        }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300) codes.push(JSON.parse(body).resultCode)
        },
      },
    ],
  }
}

async function waitFor(url) {
  for (let t = 0; t < 600; t++) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`${url} did not answer`)
}

// BENCH_ROUNDS > 1 alternates the two servers (A B A B …) so that load from other processes on a shared machine
// falls on both alike; the ratio is then taken per round.
const rounds = Number(process.env.BENCH_ROUNDS ?? 1)
console.error(
  `[bench] ${duration} s at ${connections} connections per server, ${rounds} round(s), ${os.cpus().length} CPU(s), ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, node ${process.version}`,
)
const rows = []
for (let round = 1; round <= rounds; round++) {
  const app = await measure('next start → POST /api/v1/screenings', 'node_modules/.bin/next', ['start', '-p'])
  const bare = await measure('bare node:http + pg INSERT', process.execPath, ['scripts/bench-bare-server.mjs'])
  rows.push({ round, ...app }, { round, ...bare })
  console.error(
    `[bench] round ${round}: next/bare throughput ${(app['req/s'] / bare['req/s']).toFixed(2)}, ` +
      `p50 ${(app['p50 ms'] / bare['p50 ms']).toFixed(2)}, p99 ${(app['p99 ms'] / bare['p99 ms']).toFixed(2)}`,
  )
}
await db.end()
console.table(rows)
console.log(
  `load average after: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
