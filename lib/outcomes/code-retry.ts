import 'server-only'

import { log } from '@/lib/log'

import { resultCodeFor } from './result-code'
import { insertOutcome, StoreError, type StoreFailure } from './store'
import type { OutcomeWithProgrammes } from './stored-columns'

/** What one store attempt came to: the stored code, or why not (the error for the log). */
export type StoreAttempt =
  { ok: true; resultCode: string; facts: string } | { ok: false; failure: StoreFailure; error: unknown }

/**
 * Inserts an outcome; when another screening already holds its result code (code_taken, about 2 in 10^11),
 * tries the next code of the same screening, up to three codes in all. The one retry loop for every writer.
 */
export async function insertWithCodeRetry(row: OutcomeWithProgrammes): Promise<StoreAttempt> {
  let current = row
  let last: StoreAttempt = { ok: false, failure: 'code_taken', error: null }
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return { ok: true, ...(await insertOutcome(current)) }
    } catch (error) {
      const failure = error instanceof StoreError ? error.failure : 'unavailable'
      last = { ok: false, failure, error }
      if (failure !== 'code_taken') return last
      log.warn({ event: 'result_code_taken' }, 'result code taken by another screening; storing under the next code')
      current = { ...current, result_code: resultCodeFor(row.idempotency_digest, attempt) }
    }
  }
  return last
}
