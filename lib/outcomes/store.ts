import 'server-only'

import { db } from '@/lib/db/prisma'
import { timeDatabase } from '@/lib/metrics/registry'

import type { OutcomeRow } from './stored-columns'

/** Why a write failed: the database is unreachable or slow (retry later), or refused this row for good. */
export type StoreFailure = 'unavailable' | 'code_taken' | 'refused'

/** A failed outcome write, with the kind of failure that decides what the caller does next. */
export class StoreError extends Error {
  constructor(
    readonly failure: StoreFailure,
    cause?: unknown,
  ) {
    super(`outcome not stored: ${failure}`, { cause })
  }
}

/**
 * Inserts `row` unless its screening is already stored; resolves with the stored result code (the earlier one
 * when the screening was already there). Rejects with a StoreError; never waits longer than `timeoutMs`.
 */
export async function insertOutcome(row: OutcomeRow, timeoutMs = storeTimeoutMs()): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreError('unavailable', new Error(`no answer in ${timeoutMs} ms`))),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([timeDatabase('outcome_insert', () => insert(row)), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** $OUTCOME_DB_TIMEOUT_MS, default 1500: the longest a person waits for the database before the outbox. */
export function storeTimeoutMs(): number {
  return Number(process.env.OUTCOME_DB_TIMEOUT_MS ?? 1500)
}

async function insert(row: OutcomeRow): Promise<string> {
  try {
    const found = await db().$queryRaw<{ result_code: string }[]>`
      WITH ins AS (
        INSERT INTO outcomes (id, idempotency_digest, result_code, screened_on, as_of, host_country, nationality, arrival,
          statuses, adult, outcome, criteria, rules_version, locale, channel, shelter_id)
        VALUES (${row.id}::uuid, ${row.idempotency_digest}, ${row.result_code}, ${row.screened_on}::date,
          ${row.as_of}::date, ${row.host_country}, ${row.nationality}, ${row.arrival}, ${row.statuses}::text[],
          ${row.adult}, ${row.outcome}, ${JSON.stringify(row.criteria)}::jsonb, ${row.rules_version}, ${row.locale},
          ${row.channel}, ${row.shelter_id})
        ON CONFLICT DO NOTHING
        RETURNING result_code)
      SELECT result_code FROM ins
      UNION ALL SELECT result_code FROM outcomes WHERE idempotency_digest = ${row.idempotency_digest}
      LIMIT 1`
    if (found[0]) return found[0].result_code
    // A concurrent insert of the same screening committed after this statement's snapshot: read it now.
    const again = await db().$queryRaw<{ result_code: string }[]>`
      SELECT result_code FROM outcomes WHERE idempotency_digest = ${row.idempotency_digest}`
    if (again[0]) return again[0].result_code
    // Nothing inserted and no row for this screening: another screening holds this result code.
    throw new StoreError('code_taken')
  } catch (error) {
    throw error instanceof StoreError ? error : classify(error)
  }
}

function classify(error: unknown): StoreError {
  const text = `${(error as Error)?.message ?? ''} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`
  if (/\b(23514|23502|22P02|22007|22008)\b|violates check constraint|invalid input syntax/.test(text)) {
    return new StoreError('refused', error)
  }
  return new StoreError('unavailable', error)
}
