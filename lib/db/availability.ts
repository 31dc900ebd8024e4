// The one "database looks down" state of a process. After a failure every caller (screenings, the rules history,
// the outbox drainer, health) skips PostgreSQL for the same short window instead of each waiting for a timeout.
// It lives on globalThis so that every copy of this module in the server bundles shares it; memory holds only
// this hint, never an outcome.
import { log } from '@/lib/log'

/** How long after a failure callers skip the database. */
const downWindowMs = 5_000

const key = Symbol.for('smi.database-availability')
const state = ((globalThis as Record<symbol, { downUntil: number; answered: boolean } | undefined>)[key] ??= {
  downUntil: 0,
  answered: false,
})

/** Whether a recent failure says not to wait for the database now. */
export function databaseLooksDown(now = Date.now()): boolean {
  return now < state.downUntil
}

/** Records that the database just failed or did not answer in time. */
export function markDatabaseDown(now = Date.now()): void {
  // One line when the database goes away, not one per request while it stays away.
  if (now >= state.downUntil + downWindowMs)
    log.warn({ event: 'database_unavailable' }, 'database unavailable: skipping it for a few seconds')
  state.downUntil = now + downWindowMs
}

/** Records that the database just answered. */
export function markDatabaseUp(): void {
  state.downUntil = 0
  state.answered = true
}

/** $OUTCOME_DB_TIMEOUT_MS, default 1500: the longest any request waits for the database. */
export function dbTimeoutMs(): number {
  const value = Number(process.env.OUTCOME_DB_TIMEOUT_MS ?? 1500)
  return Number.isFinite(value) && value > 0 ? value : 1500
}

/**
 * The default deadline of withDeadline: OUTCOME_DB_TIMEOUT_MS, or four times that until this process has had a
 * first answer. The first query of a process also loads Prisma's query compiler and opens a connection, which
 * on a busy machine can take longer than the timeout; failing it would mark a healthy database down for 5 s.
 */
function defaultDeadlineMs(): number {
  return state.answered ? dbTimeoutMs() : 4 * dbTimeoutMs()
}

/** `work`, or a rejection after `ms` (the work is left to finish or fail on its own). */
export async function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database gave no answer in ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

/** A query of the app's pool within `ms`; an answer counts as the process's first (see defaultDeadlineMs). */
export async function withDeadline<T>(work: Promise<T>, ms = defaultDeadlineMs()): Promise<T> {
  const answer = await deadline(work, ms)
  state.answered = true
  return answer
}
