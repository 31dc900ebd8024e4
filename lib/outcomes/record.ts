// Storing one screening's anonymised outcome (issue 5). The person's result never waits on the database for
// longer than OUTCOME_DB_TIMEOUT_MS: when PostgreSQL is down the outcome goes to the durable outbox and drain.ts
// writes it once the database answers again.
import 'server-only'

import type { Language } from '@/lib/i18n/settings'
import { countStoredScreening } from '@/lib/metrics/registry'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

import { databaseLooksDown, drainSoon, markDatabaseDown } from './drain'
import { idempotencyDigest } from './idempotency'
import { findInOutbox, putInOutbox } from './outbox'
import { resultCodeFor } from './result-code'
import { insertOutcome, StoreError } from './store'
import { type Channel, type OutcomeRow, toOutcomeRow } from './stored-columns'

export interface RecordInput {
  evaluation: Evaluation
  answers: Answers
  locale: Language
  channel: Channel
  /** Assisted mode only (issue 7); ignored for other channels. */
  shelterId?: string
  /** One key per screening: the same key twice stores once and gives the same result code. */
  idempotencyKey: string
}

export interface RecordResult {
  resultCode: string
  stored: 'database' | 'outbox'
}

/**
 * Stores the anonymised outcome of one screening once, and returns its result code. Never throws for a database
 * problem (the outcome then waits in the outbox); throws only when the outbox cannot be written either.
 */
export async function recordOutcome(input: RecordInput): Promise<RecordResult> {
  const digest = idempotencyDigest(input.idempotencyKey)
  const waiting = findInOutbox(digest)
  if (waiting) return fromOutbox(waiting)
  let row = toRow(input, resultCodeFor(digest))
  if (!databaseLooksDown()) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const resultCode = await insertOutcome(row)
        drainSoon()
        countStoredScreening(input.channel, 'database')
        return { resultCode, stored: 'database' }
      } catch (error) {
        const failure = error instanceof StoreError ? error.failure : 'unavailable'
        if (failure === 'code_taken') {
          row = { ...row, result_code: resultCodeFor(digest, attempt) } // a 1-in-10^11 collision with another screening
          continue
        }
        if (failure === 'unavailable') markDatabaseDown()
        console.error(`[outcomes] database ${failure}: outcome kept in the outbox`)
        break
      }
    }
  }
  const waitingNow = putInOutbox(row)
  countStoredScreening(input.channel, 'outbox')
  return fromOutbox(waitingNow)
}

function toRow(input: RecordInput, resultCode: string): OutcomeRow {
  return toOutcomeRow(input.evaluation, input.answers, {
    locale: input.locale,
    channel: input.channel,
    shelterId: input.shelterId,
    idempotencyKey: input.idempotencyKey,
    resultCode,
    now: new Date(),
  })
}

function fromOutbox(row: OutcomeRow): RecordResult {
  drainSoon(true)
  return { resultCode: row.result_code, stored: 'outbox' }
}
