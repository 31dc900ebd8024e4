// with-db.mjs beside a running app: it must reuse the embedded PostgreSQL already running on the same data
// folder (as `npm start` leaves it) instead of failing to start a second one, and must leave it running.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// @ts-expect-error plain ESM script without types
import { startEmbeddedDb, tempDir } from './embedded-db.mjs'

let server: { url: string; stop: () => Promise<void> }
let dir: string

beforeAll(async () => {
  dir = path.join(tempDir('smi-with-db-'), 'pg')
  server = await startEmbeddedDb({ dir, persistent: false })
})
afterAll(async () => server?.stop())

describe('with-db.mjs', () => {
  it('reuses the embedded PostgreSQL already running for the same folder and leaves it running', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: dir }
    delete env.DATABASE_URL
    delete env.EMBEDDED_PG_EPHEMERAL
    delete env.DB_URL_FILE
    const run = spawnSync(
      process.execPath,
      ['scripts/with-db.mjs', process.execPath, '-e', 'console.log(process.env.DATABASE_URL)'],
      { env, encoding: 'utf8', timeout: 120_000 },
    )
    expect(run.stderr).toContain('already running, reused')
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(server.url)
    // The first server still answers, migrated and seeded by the command.
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    const { rows } = await client.query('SELECT count(*)::int AS n FROM rule_versions')
    await client.end()
    expect(rows[0].n).toBeGreaterThan(0)
  }, 180_000)
})
