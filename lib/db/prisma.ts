import 'server-only'

import { PrismaPg } from '@prisma/adapter-pg'

import { PrismaClient } from '@/generated/prisma/client'

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

function createClient() {
  const connectionString = process.env.DATABASE_URL
  if (!connectionString) throw new Error('DATABASE_URL is not set (start through scripts/with-db.mjs)')
  // Short timeouts: a dead database must fail fast so a person still gets their result at once.
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      connectionTimeoutMillis: 2_000,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    }),
  })
}

/** The process-wide Prisma client (one per process; reused across hot reloads in development). */
export function db(): PrismaClient {
  return (globalForPrisma.prisma ??= createClient())
}
