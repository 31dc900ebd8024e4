import 'server-only'

import { createHash } from 'node:crypto'

import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

import { type Prisma, PrismaClient } from '@/generated/prisma/client'

import { dbTimeoutMs } from './availability'

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

// The pool under the client, for the one statement that skips Prisma's raw-query pipeline (rawRows). Kept on the
// client itself: the client lives on globalThis, and each server bundle has its own copy of this module.
const poolKey = Symbol.for('smi.prisma-pool')
type ClientWithPool = PrismaClient & { [poolKey]?: pg.Pool }

function createClient() {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) throw new Error('DATABASE_URL is not set (start through scripts/with-db.mjs)')
  // A slow, locked or frozen database must fail fast so a person still gets their result at once. The server
  // stops a statement or a lock wait after the timeout; query_timeout covers a server that does not answer at
  // all (the pool then drops that connection), and connectionTimeoutMillis a full or unreachable pool.
  const timeout = dbTimeoutMs()
  const pool = new pg.Pool({
    connectionString,
    connectionTimeoutMillis: timeout,
    query_timeout: timeout + 250,
    statement_timeout: timeout,
    lock_timeout: timeout,
    idle_in_transaction_session_timeout: 10 * timeout,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  })
  pool.on('error', () => {}) // an idle connection the server dropped must not bring the process down
  const client: ClientWithPool = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) })
  client[poolKey] = pool
  return client
}

/** The process-wide Prisma client (one per process; reused across hot reloads in development). */
export function db(): PrismaClient {
  return (globalForPrisma.prisma ??= createClient())
}

/**
 * The rows of a statement built with Prisma.sql, sent straight to the pool under db(): same connections and
 * timeouts, without the client's raw-query pipeline. Only for the insert of every stored screening, where that
 * pipeline cost more CPU than the rest of the statement (npm run bench:insert). Sent as a prepared statement
 * named after its text: each connection sends and plans the long text once, later calls only its values.
 */
export async function rawRows<T>(query: Prisma.Sql): Promise<T[]> {
  const pool = (db() as ClientWithPool)[poolKey]
  if (!pool) throw new Error('the Prisma client has no pool of its own')
  return (await pool.query({ name: statementName(query.text), text: query.text, values: query.values })).rows as T[]
}

// A few texts only (the insert for 0–12 programme rows, its read-back): a name for each, made once.
const statementNames = new Map<string, string>()

function statementName(text: string): string {
  let name = statementNames.get(text)
  if (!name) statementNames.set(text, (name = `smi_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`))
  return name
}
