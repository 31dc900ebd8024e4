// Runs a command with a ready database: DATABASE_URL when set, otherwise an embedded PostgreSQL
// (data in $EMBEDDED_PG_DIR, default .data/pg; a throwaway folder with EMBEDDED_PG_EPHEMERAL=1).
// Applies migrations and the seed first, forwards Ctrl-C/SIGTERM, and stops Postgres when the command ends.
// When the embedded PostgreSQL of that folder already runs (`npm start` in another terminal), the command uses
// it and leaves it running: `npm run admin:create` works beside the app.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedDb, tempDir } from './embedded-db.mjs'
import { migrate } from './migrate.mjs'

const [cmd, ...args] = process.argv.slice(2)
if (!cmd) {
  console.error('usage: node scripts/with-db.mjs <command> [args...]')
  process.exit(2)
}

let db = null
if (!process.env.DATABASE_URL) {
  const ephemeral = process.env.EMBEDDED_PG_EPHEMERAL === '1'
  const dir = ephemeral ? path.join(tempDir('smi-pg-'), 'data') : (process.env.EMBEDDED_PG_DIR ?? '.data/pg')
  db = await startEmbeddedDb({ dir, persistent: !ephemeral })
  process.env.DATABASE_URL = db.url
  process.env.SMI_EMBEDDED_DATABASE = db.url // tells the start check (required-settings.mjs) this is local
  const how = db.reused ? 'already running, reused' : 'started'
  console.error(`[db] embedded PostgreSQL (${how}) on ${db.url.replace(/:[^:@]*@/, ':***@')}`)
  console.error('[db] for local use only: secrets are kept under .data/; set DATABASE_URL and the secrets to deploy')
}
// Browser tests run command-line tools (e.g. admin:create) against the server's throwaway database.
if (process.env.DB_URL_FILE) {
  mkdirSync(path.dirname(process.env.DB_URL_FILE), { recursive: true })
  writeFileSync(process.env.DB_URL_FILE, process.env.DATABASE_URL, { mode: 0o600 })
}

let stopping = null
const stopDb = () => (stopping ??= db ? db.stop().catch(() => {}) : Promise.resolve())

try {
  const applied = await migrate(process.env.DATABASE_URL)
  if (applied.length) console.error(`[db] applied migrations: ${applied.join(', ')}`)
  if (existsSync('prisma/seed.ts')) await run(process.execPath, ['--import', 'tsx', 'prisma/seed.ts'])
} catch (error) {
  console.error(`[db] ${error.message}`)
  await stopDb()
  process.exit(1)
}

const child = spawn(cmd, args, { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', async (code, signal) => {
  await stopDb()
  process.exit(code ?? (signal ? 1 : 0))
})

function run(file, argv) {
  return new Promise((resolve, reject) => {
    const p = spawn(file, argv, { stdio: 'inherit', env: process.env })
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${argv.join(' ')} exited with ${code}`))))
  })
}
