// Rate limits shared by every instance of a deployment: rate-limiter-flexible on the app's PostgreSQL (table
// `rate_limits`, created by a migration, not by the library). Keys are keyed hashes (client-key.ts), never
// an address. While the database is unreachable, looks down, or does not answer within countDeadlineMs, each
// instance counts in memory instead (the insurance limiter): a frozen database never holds up an answer for long.
import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { databaseLooksDown, deadline } from '@/lib/db/availability'
import { countRateLimitRefusal } from '@/lib/metrics/registry'

import { type LimitName, limitOf } from './settings'

interface Limiter {
  shared: RateLimiterPostgres
  memory: RateLimiterMemory
}

const shared = globalThis as unknown as { rateLimitPool?: pg.Pool; rateLimiters?: Map<LimitName, Limiter> }

/**
 * The longest a count waits for PostgreSQL (a small upsert) before it is counted in this instance's memory. Its
 * own pool: an answer here says nothing of the app pool's first query (so `deadline`, not `withDeadline`).
 */
const countDeadlineMs = 500

function pool(): pg.Pool {
  if (!shared.rateLimitPool) {
    shared.rateLimitPool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 3,
      connectionTimeoutMillis: 1_000,
      statement_timeout: 1_000,
      query_timeout: 1_500,
    })
    // An idle connection the server dropped must not bring the process down.
    shared.rateLimitPool.on('error', () => {})
  }
  return shared.rateLimitPool
}

const publicLimits = new Set<LimitName>(['screenings', 'eligibility', 'resultPages'])

function limiter(name: LimitName): Limiter {
  const limiters = (shared.rateLimiters ??= new Map())
  let found = limiters.get(name)
  if (!found) {
    const { points, seconds } = limitOf(name)
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds })
    const sharedCount = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: seconds,
      // On the public routes, once a request is refused this instance refuses the key's next ones from memory
      // until the window ends: a client over its limit costs no query, and the count in PostgreSQL still holds
      // on every other instance. Sign-in and unlock attempts are each counted there, refused or not.
      inMemoryBlockOnConsumed: publicLimits.has(name) ? points + 1 : undefined,
      insuranceLimiter: memory,
    })
    found = { shared: sharedCount, memory }
    limiters.set(name, found)
  }
  return found
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number }

/** Counts `points` against `key` under a limit: ok, or refused with the seconds until the window ends. */
export async function consume(name: LimitName, key: string, points = 1): Promise<Verdict> {
  const { shared: sharedCount, memory } = limiter(name)
  try {
    if (databaseLooksDown()) await memory.consume(key, points)
    else
      await deadline(sharedCount.consume(key, points), countDeadlineMs).catch((error: unknown) => {
        if (error instanceof RateLimiterRes) throw error
        return memory.consume(key, points) // no answer in time: the shared count may still land on its own
      })
    return { ok: true }
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    countRateLimitRefusal(name)
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
  }
}

/** Gives points back (an attempt that turned out to be legitimate, e.g. a successful sign-in). */
export async function refund(name: LimitName, key: string, points = 1): Promise<void> {
  await limiter(name).shared.reward(key, points)
}

/** Forgets every limiter (tests change the settings between runs). */
export function resetLimiters(): void {
  shared.rateLimiters?.clear()
}

/** Forgets a key's count (e.g. a client's failures on an account once it signed in). */
export async function forget(name: LimitName, key: string): Promise<void> {
  await limiter(name).shared.delete(key)
}
