// Vitest global setup: tests that touch the database get a real PostgreSQL. DATABASE_URL when set,
// otherwise a throwaway embedded server, migrated (and seeded) like the app's.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

// @ts-expect-error plain ESM script without types
import { startEmbeddedDb, tempDir } from '../../scripts/embedded-db.mjs'
// @ts-expect-error plain ESM script without types
import { migrate } from '../../scripts/migrate.mjs'

export default async function setup() {
  let stop: (() => Promise<void>) | undefined
  if (!process.env.DATABASE_URL) {
    const dir = path.join(tempDir('smi-test-pg-'), 'data')
    const db = await startEmbeddedDb({ dir, persistent: false, database: 'test' })
    process.env.DATABASE_URL = db.url
    stop = db.stop
  }
  await migrate(process.env.DATABASE_URL)
  if (existsSync('prisma/seed.ts')) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/seed.ts'], { stdio: 'inherit', env: process.env })
    if (r.status !== 0) throw new Error('seed failed')
  }
  return async () => stop?.()
}
