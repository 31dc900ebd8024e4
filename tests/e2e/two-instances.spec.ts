// Two `next start` instances on one PostgreSQL, with requests alternating between them as behind a proxy with no
// affinity: nothing a person or an admin does may depend on which instance answers. This file starts its own
// database and servers (ports E2E_PORT+2 and +4) so it can stop the database for an outage.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

// @ts-expect-error plain ESM script without types
import { freePort, startEmbeddedDb, tempDir } from '../../scripts/embedded-db.mjs'
// @ts-expect-error plain ESM script without types
import { migrate } from '../../scripts/migrate.mjs'
import { FormClient } from '../support/form-client'
import { resultCodeOn, screenWithoutJs, typicalScreening } from '../support/no-js-screening'
import { expect, test } from '../support/test'

test.describe.configure({ mode: 'serial', timeout: 120_000 })

const port = Number(process.env.E2E_PORT ?? 3200)
const bases = [port + 2, port + 4].map((p) => `http://127.0.0.1:${p}`)
const token = 'two-instances-metrics-token'
const resultPagesLimit = '3/600' // a limit must be the same on every instance (README), like the secrets
// Every setting an instance must share with the others (README, "Several instances").
const shared = {
  ANSWERS_SECRET: 'two-instances-answers-secret-0123456789',
  OUTCOME_CODE_SECRET: 'two-instances-outcome-code-secret-0123456789',
  ACCESS_CODE_SECRET: 'two-instances-access-code-secret-0123456789',
  ADMIN_THROTTLE_SECRET: 'two-instances-throttle-secret-0123456789',
  RATE_LIMIT_SECRET: 'two-instances-rate-limit-secret-0123456789',
  TOTP_ENCRYPTION_SECRET: 'two-instances-totp-secret-0123456789abcd',
  PUBLIC_BASE_URL: 'http://127.0.0.1',
}
const root: string = tempDir('smi-two-instances-') // traversable by the postgres user
const outboxes = bases.map((_, i) => path.join(root, `outbox-${i}`))
let database: { url: string; stop: () => Promise<void> }
let dbPort: number
let servers: ChildProcess[] = []

// pg_stat_statements counts every statement the instances send (the round trips of one screening, below).
const startDatabase = () =>
  startEmbeddedDb({
    dir: path.join(root, 'pg'),
    persistent: true,
    database: 'two',
    port: dbPort,
    flags: ['-c', 'shared_preload_libraries=pg_stat_statements'],
  })

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

async function metric(base: string, series: string): Promise<number> {
  const text = await (await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${token}` } })).text()
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  dbPort = await freePort()
  database = await startDatabase()
  await migrate(database.url)
  await sql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
  const env = { ...process.env, ...shared, DATABASE_URL: database.url }
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/seed.ts'], { env, stdio: 'ignore' })
  expect(seed.status).toBe(0)
  servers = bases.map((base, i) =>
    spawn('node_modules/.bin/next', ['start', '-p', new URL(base).port], {
      stdio: 'ignore',
      env: {
        ...env,
        NEXT_TELEMETRY_DISABLED: '1',
        METRICS_TOKEN: token,
        OUTCOME_OUTBOX_DIR: outboxes[i],
        OUTCOME_OUTBOX_DRAIN_SECONDS: '1',
        OUTCOME_DB_TIMEOUT_MS: '1000',
        RATE_LIMIT_RESULT_PAGES: resultPagesLimit,
      },
    }),
  )
  for (const base of bases)
    await expect(async () => expect((await fetch(`${base}/api/health`)).ok).toBe(true)).toPass({ timeout: 90_000 })
})

test.afterAll(async () => {
  for (const server of servers) server.kill('SIGTERM')
  await Promise.all(
    servers.map((s) => new Promise((resolve) => (s.exitCode !== null ? resolve(0) : s.once('exit', resolve)))),
  )
  await database?.stop()
  rmSync(root, { recursive: true, force: true })
})

test('a screening started on one instance continues on the other, step by step', async () => {
  const client = new FormClient(bases[0]!)
  const result = await screenWithoutJs(client, { before: (i) => (client.base = bases[i % 2]!) })
  const code = resultCodeOn(result)
  expect(code).toBeTruthy()
  expect(await sql('SELECT channel, nationality FROM outcomes WHERE result_code = $1', [code])).toEqual([
    { channel: 'self', nationality: 'VE' },
  ])
  // The other instance shows the same result and code for the same answers cookie.
  client.base = bases[1]!
  expect(resultCodeOn(await client.get('/en/check/result'))).toBe(code)
})

test('no screening asks the database about the rules while nothing is published', async () => {
  const before = await Promise.all(bases.map((b) => metric(b, 'screener_rules_queries')))
  for (let i = 0; i < 4; i++) {
    const client = new FormClient(bases[0]!)
    await screenWithoutJs(client, { before: (step) => (client.base = bases[(i + step) % 2]!) })
  }
  const after = await Promise.all(bases.map((b) => metric(b, 'screener_rules_queries')))
  expect(after).toEqual(before)
  expect(before.every((n) => n > 0)).toBe(true) // each did read the rules, once, at start
})

test('a version published on the database reaches both instances within 2 s', async () => {
  const [inForce] = await sql<{ id: string; document: Record<string, unknown> }>(
    `SELECT id, document FROM rule_versions WHERE effective_from <= CURRENT_DATE ORDER BY effective_from DESC, published_at DESC LIMIT 1`,
  )
  const id = `two-instances-${Date.now()}`
  const today = new Date().toISOString().slice(0, 10)
  // What publishing in the admin area writes (lib/admin/drafts.ts): a new row; the trigger sends the NOTIFY.
  await sql(`INSERT INTO rule_versions (id, effective_from, note, document, origin) VALUES ($1, $2, $3, $4, 'admin')`, [
    id,
    today,
    'Published by the two-instance test',
    JSON.stringify({ ...inForce!.document, id, effectiveFrom: today, note: 'Published by the two-instance test' }),
  ])
  const published = Date.now()
  for (const base of bases) {
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${base}/api/v1/rules`)).json()) as { versions?: { id: string }[] }).versions?.some(
            (v) => v.id === id,
          ),
        {
          timeout: Math.max(1, 2_000 - (Date.now() - published)),
          intervals: [50],
        },
      )
      .toBe(true)
  }
  const client = new FormClient(bases[1]!)
  await screenWithoutJs(client)
  expect(await sql('SELECT count(*)::int AS n FROM outcomes WHERE rules_version = $1', [id])).toEqual([{ n: 1 }])
})

test('access codes and devices work on both instances', async () => {
  const out = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/support/issue-access-code.ts'],
    { env: { ...process.env, ...shared, DATABASE_URL: database.url }, encoding: 'utf8' },
  )
  expect(out.status, out.stderr).toBe(0)
  const { code, shelterId } = JSON.parse(out.stdout) as { code: string; shelterId: string }
  const client = new FormClient(bases[0]!)
  const unlocked = await client.submit(await client.get('/en/assisted'), { code, volunteerLng: 'en' })
  expect(new URL(unlocked.url).pathname + new URL(unlocked.url).search).toBe('/en/assisted')
  client.base = bases[1]!
  const result = await screenWithoutJs(client, {
    mode: 'assisted',
    before: (i) => (client.base = bases[(i + 1) % 2]!),
  })
  const rows = await sql<{ result_code: string }>('SELECT result_code FROM outcomes WHERE shelter_id = $1', [shelterId])
  expect(rows).toHaveLength(1)
  expect(result.html).toContain(rows[0]!.result_code)
})

test('a rate limit reached through one instance holds on the other', async () => {
  // Result-code pages: 3 per client per 10 minutes here; the counter lives in PostgreSQL, not in an instance.
  const statuses: number[] = []
  for (let i = 0; i < 6; i++)
    statuses.push((await fetch(`${bases[i % 2]}/en/r/ABCDEFGHJKMN`, { redirect: 'manual' })).status)
  expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true)
  expect(statuses.slice(3)).toEqual([429, 429, 429])
})

test('an admin signed in on one instance is signed in on the other, and signs out there', async () => {
  const email = `two-instances-${Date.now()}@example.org`
  const out = spawnSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      'tsx',
      'scripts/admin-create.ts',
      '--email',
      email,
      '--role',
      'viewer',
      '--lng',
      'en',
    ],
    { env: { ...process.env, ...shared, DATABASE_URL: database.url }, encoding: 'utf8' },
  )
  expect(out.status, out.stderr).toBe(0)
  const link = new URL(/https?:\/\/\S+\/admin\/setup\?token=\S+/.exec(out.stdout)![0])
  const password = 'a long two-instance passphrase'
  const client = new FormClient(bases[1]!)
  const set = await client.submit(await client.get(link.pathname + link.search), { password, confirm: password })
  expect(new URL(set.url).pathname).toBe('/en/admin/login')
  client.base = bases[0]!
  const signedIn = await client.submit(await client.get('/en/admin/login'), { email, password })
  expect(new URL(signedIn.url).pathname).toBe('/en/admin')
  client.base = bases[1]!
  const onOther = await client.get('/en/admin')
  expect(new URL(onOther.url).pathname).toBe('/en/admin')
  expect(onOther.html).toContain('Admin area')
  const signedOut = await client.submit(onOther)
  expect(new URL(signedOut.url).pathname).toBe('/en/admin/login')
  client.base = bases[0]!
  expect(new URL((await client.get('/en/admin')).url).pathname).toBe('/en/admin/login')
})

test('storing a screening costs one statement, the insert (a partner’s also counts the shared rate limit)', async () => {
  // Counted by PostgreSQL itself. Background work of an instance (the rules check every minute) could fall into
  // a window: each count is retried with a new screening until a window holds only the screening's statements.
  const key = `smk_${'k'.repeat(43)}`
  await sql(`INSERT INTO api_keys (id, client, digest) VALUES (gen_random_uuid(), 'two-instances', $1)`, [
    createHash('sha256').update(key).digest('hex'),
  ])
  const viaApi = (base: string) =>
    fetch(`${base}/api/v1/screenings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        answers: { hostCountry: 'GT', nationality: 'CU', statuses: [{ code: 'none' }], adult: 'no' },
      }),
    })
  await expect(async () => {
    const client = new FormClient(bases[0]!)
    const checkAnswers = await walkToCheckAnswers(client)
    const before = await statementCalls()
    expect(resultCodeOn(await client.submit(checkAnswers))).toBeTruthy()
    expect(sent(before, await statementCalls())).toEqual([
      expect.stringMatching(/^WITH ins AS \(\s*INSERT INTO outcomes/),
    ])
  }).toPass({ timeout: 30_000 })
  await expect(async () => {
    expect((await viaApi(bases[1]!)).status).toBe(201) // this instance has verified the key since the last change
    const before = await statementCalls()
    expect((await viaApi(bases[1]!)).status).toBe(201)
    expect(sent(before, await statementCalls()).sort()).toEqual([
      expect.stringMatching(/INSERT INTO "?rate_limits"?/),
      expect.stringMatching(/^WITH ins AS \(\s*INSERT INTO outcomes/),
    ])
  }).toPass({ timeout: 30_000 })
})

/** Calls so far of every statement the database has run (but these counting queries). */
async function statementCalls(): Promise<Map<string, number>> {
  const rows = await sql<{ query: string; calls: string }>(
    `SELECT query, calls FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid
      WHERE d.datname = current_database() AND query NOT LIKE '%pg_stat_statements%'`,
  )
  const calls = new Map<string, number>()
  for (const row of rows) calls.set(row.query, (calls.get(row.query) ?? 0) + Number(row.calls))
  return calls
}

/** The statements run between two counts, one entry per call. */
function sent(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].flatMap(([query, n]) => Array<string>(n - (before.get(query) ?? 0)).fill(query.trim()))
}

test('an outage: the same screening kept in both outboxes is stored once when the database is back', async () => {
  const client = new FormClient(bases[0]!)
  const checkAnswers = await walkToCheckAnswers(client)
  await database.stop()
  const onA = await client.submit(checkAnswers)
  const code = resultCodeOn(onA)
  expect(code).toBeTruthy()
  // The person sends the same answers again, to the other instance: same screening, same code.
  client.base = bases[1]!
  const onB = await client.submit(checkAnswers)
  expect(resultCodeOn(onB)).toBe(code)
  const waiting = () => outboxes.map((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).length)
  expect(waiting()).toEqual([1, 1])
  database = await startDatabase()
  await expect.poll(waiting, { timeout: 30_000 }).toEqual([0, 0])
  expect(await sql('SELECT count(*)::int AS n FROM outcomes WHERE result_code = $1', [code])).toEqual([{ n: 1 }])
})

async function walkToCheckAnswers(client: FormClient) {
  let page = await client.get('/en')
  for (const step of typicalScreening.slice(0, -1)) page = await client.submit(page, step.fields)
  expect(new URL(page.url).pathname).toBe('/en/check/check-answers')
  return page
}
