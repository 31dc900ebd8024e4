// One batch of the outbox drain: a multi-row INSERT under the deployment-wide drain lock, then the rare cases one
// by one (a row the database refuses for good, a result code another screening took meanwhile).
import 'server-only'

import { dbTimeoutMs } from '@/lib/db/availability'
import { db } from '@/lib/db/prisma'
import { log } from '@/lib/log'

import { insertWithCodeRetry } from './code-retry'
import { insertOutcomes, StoreError } from './store'
import type { OutcomeWithProgrammes } from './stored-columns'

/** Advisory-lock key: one drainer at a time across every instance sharing the database. */
const DRAIN_LOCK = 50_524_506

export type BatchResult = 'unavailable' | 'busy' | { stored: string[]; rejected: string[] }

/** Stores `rows`; says which digests are now in the database and which the database refuses for good. */
export async function drainBatch(rows: OutcomeWithProgrammes[]): Promise<BatchResult> {
  let inserted: Set<string> | 'busy'
  try {
    inserted = await lockedInsert(rows)
  } catch (error) {
    if (error instanceof StoreError && error.failure === 'refused') return oneByOne(rows)
    return 'unavailable'
  }
  if (inserted === 'busy') return 'busy'
  const missing = rows.filter((r) => !inserted.has(r.idempotency_digest))
  if (missing.length === 0) return { stored: [...inserted], rejected: [] }
  const rest = await oneByOne(missing) // nothing inserted and not stored: another screening holds the code
  if (rest === 'unavailable') return 'unavailable'
  return { stored: [...inserted, ...rest.stored], rejected: rest.rejected }
}

async function lockedInsert(rows: OutcomeWithProgrammes[]): Promise<Set<string> | 'busy'> {
  const timeout = 4 * dbTimeoutMs() // a background job: no person waits on it (statements still time out)
  try {
    return await db().$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${DRAIN_LOCK}) AS locked`
        if (!lock?.locked) return 'busy' as const
        return insertOutcomes(rows, timeout, tx)
      },
      { maxWait: timeout, timeout: 2 * timeout },
    )
  } catch (error) {
    throw error instanceof StoreError ? error : new StoreError('unavailable', error)
  }
}

async function oneByOne(
  rows: OutcomeWithProgrammes[],
): Promise<'unavailable' | { stored: string[]; rejected: string[] }> {
  const stored: string[] = []
  const rejected: string[] = []
  for (const row of rows) {
    const outcome = await drainOne(row)
    if (outcome === 'unavailable') return 'unavailable'
    ;(outcome === 'stored' ? stored : rejected).push(row.idempotency_digest)
  }
  return { stored, rejected }
}

async function drainOne(row: OutcomeWithProgrammes): Promise<'stored' | 'rejected' | 'unavailable'> {
  // A code taken meanwhile by another screening (about 2 in 10^11) is replaced: the outcome is kept under a new code.
  const stored = await insertWithCodeRetry(row)
  if (stored.ok) return 'stored'
  if (stored.failure === 'refused')
    log.error({ event: 'outbox_outcome_refused' }, 'database refused a waiting outcome; set aside')
  return stored.failure === 'unavailable' ? 'unavailable' : 'rejected'
}
