// Storing one screening's anonymised outcome (issue 5). The person's result never waits on the database for
// longer than OUTCOME_DB_TIMEOUT_MS: when PostgreSQL is down the outcome goes to the durable outbox and drain.ts
// writes it once the database answers again.
import 'server-only'

import type { Language } from '@/lib/i18n/settings'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

import { insertWithCodeRetry } from './code-retry'
import { databaseLooksDown, drainSoon, markDatabaseDown } from './drain'
import { idempotencyDigest } from './idempotency'
import { findInOutbox, putInOutbox } from './outbox'
import { resultCodeFor } from './result-code'
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
  const row = toRow(input, resultCodeFor(digest))
  if (!databaseLooksDown()) {
    const stored = await insertWithCodeRetry(row)
    if (stored.ok) {
      drainSoon()
      return { resultCode: stored.resultCode, stored: 'database' }
    }
    if (stored.failure === 'unavailable') markDatabaseDown()
    console.error(`[outcomes] database ${stored.failure}: outcome kept in the outbox`)
  }
  return fromOutbox(putInOutbox(row))
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
