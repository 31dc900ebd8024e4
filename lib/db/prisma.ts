import 'server-only'

import { PrismaPg } from '@prisma/adapter-pg'

import { PrismaClient } from '@/generated/prisma/client'

import { dbTimeoutMs } from './availability'

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

function createClient() {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) throw new Error('DATABASE_URL is not set (start through scripts/with-db.mjs)')
  // A slow, locked or frozen database must fail fast so a person still gets their result at once. The server
  // stops a statement or a lock wait after the timeout; query_timeout covers a server that does not answer at
  // all (the pool then drops that connection), and connectionTimeoutMillis a full or unreachable pool.
  const timeout = dbTimeoutMs()
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout + 250,
      statement_timeout: timeout,
      lock_timeout: timeout,
      idle_in_transaction_session_timeout: 10 * timeout,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    }),
  })
}

/** The process-wide Prisma client (one per process; reused across hot reloads in development). */
export function db(): PrismaClient {
  return (globalForPrisma.prisma ??= createClient())
}
