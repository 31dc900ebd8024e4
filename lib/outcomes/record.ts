// Storing one screening's anonymised outcome. The person's result never waits on the database for
// longer than OUTCOME_DB_TIMEOUT_MS: when PostgreSQL is down the outcome goes to the durable outbox and drain.ts
// writes it once the database answers again.
import 'server-only'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp } from '@/lib/db/availability'
import type { Language } from '@/lib/i18n/settings'
import { log } from '@/lib/log'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

import { wakeDrainer } from './drain'
import { idempotencyDigest } from './idempotency'
import { findInOutbox, putInOutbox } from './outbox'
import { resultCodeFor } from './result-code'
import { factsOf, insertOutcome, StoreError } from './store'
import { type Channel, type OutcomeRow, toOutcomeRow } from './stored-columns'

export interface RecordInput {
  evaluation: Evaluation
  answers: Answers
  locale: Language
  channel: Channel
  /** Assisted mode only; ignored for other channels. */
  shelterId?: string
  /** API only: the client named by the request's API key. */
  apiClient?: string
  /** One key per screening: the same key twice stores once and gives the same result code. */
  idempotencyKey: string
}

export interface RecordResult {
  resultCode: string
  stored: 'database' | 'outbox'
  /** False when the key was used before for other answers (the earlier screening's code is returned). */
  sameAnswers: boolean
}

/**
 * Stores the anonymised outcome of one screening once, and returns its result code. Never throws for a database
 * problem (the outcome then waits in the outbox); throws only when the outbox cannot be written either.
 */
export async function recordOutcome(input: RecordInput): Promise<RecordResult> {
  const digest = idempotencyDigest(input.idempotencyKey)
  let row = toRow(input, resultCodeFor(digest))
  const waiting = findInOutbox(digest)
  if (waiting) return fromOutbox(waiting, row)
  if (!databaseLooksDown()) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const stored = await insertOutcome(row)
        markDatabaseUp()
        wakeDrainer()
        return { resultCode: stored.resultCode, stored: 'database', sameAnswers: stored.facts === factsOf(row) }
      } catch (error) {
        const failure = error instanceof StoreError ? error.failure : 'unavailable'
        if (failure === 'code_taken') {
          row = { ...row, result_code: resultCodeFor(digest, attempt) } // a 1-in-10^11 collision with another screening
          continue
        }
        if (failure === 'unavailable') markDatabaseDown()
        else log.warn({ event: 'outcome_to_outbox', failure }, 'outcome kept in the outbox')
        break
      }
    }
  }
  return fromOutbox(putInOutbox(row), row)
}

function toRow(input: RecordInput, resultCode: string): OutcomeRow {
  return toOutcomeRow(input.evaluation, input.answers, {
    locale: input.locale,
    channel: input.channel,
    shelterId: input.shelterId,
    apiClient: input.apiClient,
    idempotencyKey: input.idempotencyKey,
    resultCode,
    now: new Date(),
  })
}

function fromOutbox(waiting: OutcomeRow, wanted: OutcomeRow): RecordResult {
  wakeDrainer(true)
  return { resultCode: waiting.result_code, stored: 'outbox', sameAnswers: factsOf(waiting) === factsOf(wanted) }
}
