// A database test's own embedded PostgreSQL (not the shared test one), for tests that stop, freeze or restart it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { db } from '@/lib/db/prisma'
// @ts-expect-error plain ESM script without types
import { freePort, startEmbeddedDb } from '@/scripts/embedded-db.mjs'
// @ts-expect-error plain ESM script without types
import { migrate } from '@/scripts/migrate.mjs'

export interface OwnDatabase {
  url: string
  /** The postmaster and every backend it started (to SIGSTOP / SIGCONT them all). */
  pids: () => number[]
  stop: () => Promise<void>
}

/** Starts a throwaway PostgreSQL, migrates it, and points DATABASE_URL (and a fresh Prisma client) at it. */
export async function ownDatabase(name: string): Promise<OwnDatabase> {
  const root = mkdtempSync(path.join(os.tmpdir(), `smi-${name}-`))
  const dir = path.join(root, 'pg')
  const server = await startEmbeddedDb({ dir, persistent: true, database: name, port: await freePort() })
  await migrate(server.url)
  process.env.DATABASE_URL = server.url
  delete (globalThis as { prisma?: unknown }).prisma
  const ps = (...args: string[]) => spawnSync('ps', args, { encoding: 'utf8' }).stdout
  const client = new pg.Client({ connectionString: server.url })
  await client.connect()
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
  const postmasterPid = Number(ps('-o', 'ppid=', '-p', String(rows[0]!.pid)).trim())
  await client.end()
  const postmaster = () => postmasterPid
  return {
    url: server.url,
    pids: () => {
      const pid = postmaster()
      const children = ps('-o', 'pid=', '--ppid', String(pid))
      return [pid, ...children.split('\n').filter(Boolean).map(Number)]
    },
    stop: async () => {
      await db().$disconnect()
      delete (globalThis as { prisma?: unknown }).prisma
      await server.stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
