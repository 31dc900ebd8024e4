// Storing one screening's anonymised outcome. The person's result never waits on the database for
// longer than OUTCOME_DB_TIMEOUT_MS: when PostgreSQL is down the outcome goes to the durable outbox and drain.ts
// writes it once the database answers again.
import 'server-only'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp } from '@/lib/db/availability'
import type { Language } from '@/lib/i18n/settings'
import { log } from '@/lib/log'
import { countStoredScreening } from '@/lib/metrics/registry'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'
import type { ProgrammeEvaluation } from '@/lib/rules/programmes'

import { insertWithCodeRetry } from './code-retry'
import { wakeDrainer } from './drain'
import { idempotencyDigest } from './idempotency'
import { findInOutbox, putInOutbox } from './outbox'
import { toOutcomeProgrammeRows } from './programme-rows'
import { resultCodeFor } from './result-code'
import { factsOf } from './store'
import { type Channel, type OutcomeWithProgrammes, toOutcomeRow } from './stored-columns'

export interface RecordInput {
  evaluation: Evaluation
  /** Every programme evaluated for this screening (Safe Mobility's own is `evaluation`); one row each is stored. */
  programmes?: ProgrammeEvaluation[]
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
  return recordRow(toRow(input, resultCodeFor(digest)))
}

/** Stores one ready row like recordOutcome (once per idempotency digest, the outbox when the database is down). */
export async function recordRow(row: OutcomeWithProgrammes): Promise<RecordResult> {
  const digest = row.idempotency_digest
  const waiting = await findInOutbox(digest)
  if (waiting) return fromOutbox(waiting, row)
  if (!databaseLooksDown()) {
    const stored = await insertWithCodeRetry(row)
    if (stored.ok) {
      markDatabaseUp()
      wakeDrainer()
      countStoredScreening(row.channel, 'database')
      return { resultCode: stored.resultCode, stored: 'database', sameAnswers: stored.facts === factsOf(row) }
    }
    if (stored.failure === 'unavailable') markDatabaseDown()
    else log.warn({ event: 'outcome_to_outbox', failure: stored.failure }, 'outcome kept in the outbox')
  }
  const waitingNow = await putInOutbox(row)
  countStoredScreening(row.channel, 'outbox')
  return fromOutbox(waitingNow, row)
}

function toRow(input: RecordInput, resultCode: string): OutcomeWithProgrammes {
  const row = toOutcomeRow(input.evaluation, input.answers, {
    locale: input.locale,
    channel: input.channel,
    shelterId: input.shelterId,
    apiClient: input.apiClient,
    idempotencyKey: input.idempotencyKey,
    resultCode,
    now: new Date(),
  })
  return { ...row, programmes: toOutcomeProgrammeRows(input.programmes ?? [], input.answers) }
}

function fromOutbox(waiting: OutcomeWithProgrammes, wanted: OutcomeWithProgrammes): RecordResult {
  wakeDrainer(true)
  return { resultCode: waiting.result_code, stored: 'outbox', sameAnswers: factsOf(waiting) === factsOf(wanted) }
}
