import 'server-only'

import { Prisma } from '@/generated/prisma/client'
import { withDeadline } from '@/lib/db/availability'
import { db, rawRows } from '@/lib/db/prisma'
import { timeDatabase } from '@/lib/metrics/registry'

import type { OutcomeRow, OutcomeWithProgrammes } from './stored-columns'

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

/** What a stored screening was given: its result code, and the facts that tell two requests apart. */
export interface Stored {
  resultCode: string
  facts: string
}

/** The answers-derived columns of a row as one string: equal for the same screening sent twice. */
export function factsOf(row: OutcomeRow): string {
  const { as_of, host_country, nationality, arrival, statuses, adult, locale, channel } = row
  return [as_of, host_country, nationality, arrival, statuses.join(','), adult, locale, channel].join('|')
}

const factsSql = Prisma.sql`concat_ws('|', as_of::text, host_country, nationality, arrival,
  array_to_string(statuses, ','), adult, locale, channel) AS facts`

/**
 * Inserts `row` unless its screening is already stored; resolves with what is stored (the earlier screening's
 * code and facts when it was already there). Rejects with a StoreError; never waits longer than `timeoutMs`.
 */
export async function insertOutcome(row: OutcomeWithProgrammes, timeoutMs?: number): Promise<Stored> {
  try {
    return await withDeadline(
      timeDatabase('outcome_insert', () => insert(row)),
      timeoutMs,
    )
  } catch (error) {
    throw error instanceof StoreError ? error : classify(error)
  }
}

// One statement, so the hot path stays one round trip: the programme rows are inserted only with their outcome (a
// screening already stored, or a result code taken, inserts none). Straight to the pool (rawRows): Prisma's
// raw-query pipeline cost about 0.6 ms of CPU per screening here.
async function insert(row: OutcomeWithProgrammes): Promise<Stored> {
  const found = await rawRows<{ result_code: string; facts: string }>(Prisma.sql`
    WITH ins AS (
      INSERT INTO outcomes (${columnsSql})
      VALUES ${valuesSql(row)}
      ON CONFLICT DO NOTHING
      RETURNING id, result_code, ${factsSql})${programmesSql([row])}
    SELECT result_code, facts FROM ins
    UNION ALL SELECT result_code, ${factsSql} FROM outcomes WHERE idempotency_digest = ${row.idempotency_digest}
    LIMIT 1`)
  if (found[0]) return { resultCode: found[0].result_code, facts: found[0].facts }
  // A concurrent insert of the same screening committed after this statement's snapshot: read it now.
  const again = await rawRows<{ result_code: string; facts: string }>(Prisma.sql`
    SELECT result_code, ${factsSql} FROM outcomes WHERE idempotency_digest = ${row.idempotency_digest}`)
  if (again[0]) return { resultCode: again[0].result_code, facts: again[0].facts }
  // Nothing inserted and no row for this screening: another screening holds this result code.
  throw new StoreError('code_taken')
}

/**
 * Inserts many waiting rows in one statement (skipping screenings already stored); resolves with the digests now
 * stored, so the caller can tell which rows lost their result code to another screening. Rejects like
 * insertOutcome: 'refused' means at least one row is refused, the caller then tries them one by one.
 */
export async function insertOutcomes(
  rows: OutcomeWithProgrammes[],
  timeoutMs?: number,
  client: Pick<Prisma.TransactionClient, '$queryRaw'> = db(),
): Promise<Set<string>> {
  if (rows.length === 0) return new Set()
  const digests = rows.map((r) => r.idempotency_digest)
  try {
    const found = await withDeadline(
      client.$queryRaw<{ idempotency_digest: string }[]>`
        WITH ins AS (
          INSERT INTO outcomes (${columnsSql}) VALUES ${Prisma.join(rows.map(valuesSql))}
          ON CONFLICT DO NOTHING RETURNING id, idempotency_digest)${programmesSql(rows)}
        SELECT idempotency_digest FROM ins
        UNION SELECT idempotency_digest FROM outcomes WHERE idempotency_digest = ANY(${digests}::text[])`,
      timeoutMs,
    )
    return new Set(found.map((r) => r.idempotency_digest))
  } catch (error) {
    throw classify(error)
  }
}

const columnsSql = Prisma.raw(`id, idempotency_digest, result_code, screened_on, as_of, host_country, nationality,
  arrival, statuses, adult, outcome, criteria, rules_version, locale, channel, shelter_id, api_client`)

function valuesSql(row: OutcomeRow): Prisma.Sql {
  return Prisma.sql`(${row.id}::uuid, ${row.idempotency_digest}, ${row.result_code}, ${row.screened_on}::date,
    ${row.as_of}::date, ${row.host_country}, ${row.nationality}, ${row.arrival}, ${row.statuses}::text[],
    ${row.adult}, ${row.outcome}, ${JSON.stringify(row.criteria)}::jsonb, ${row.rules_version}, ${row.locale},
    ${row.channel}, ${row.shelter_id}, ${row.api_client ?? null})`
}

/** `, progs AS (INSERT …)` for the programme rows of `rows` whose outcome `ins` inserted; empty when there are none. */
function programmesSql(rows: OutcomeWithProgrammes[]): Prisma.Sql {
  const programmes = rows.flatMap((r) => (r.programmes ?? []).map((p) => ({ outcome_id: r.id, ...p })))
  if (programmes.length === 0) return Prisma.empty
  return Prisma.sql`,
    progs AS (
      INSERT INTO outcome_programmes (outcome_id, programme, programme_version, outcome, criteria, facts)
      SELECT p.outcome_id, p.programme, p.programme_version, p.outcome, p.criteria, p.facts
      FROM jsonb_to_recordset(${JSON.stringify(programmes)}::jsonb) AS p(outcome_id uuid, programme text,
        programme_version text, outcome text, criteria jsonb, facts jsonb)
      JOIN ins ON ins.id = p.outcome_id)`
}

function classify(error: unknown): StoreError {
  const { message, meta, code } = (error ?? {}) as { message?: string; meta?: unknown; code?: unknown }
  const text = `${message ?? ''} ${JSON.stringify(meta ?? {})} ${typeof code === 'string' ? code : ''}`
  // Data errors (class 22) and integrity violations other than a duplicate (23xxx) never pass on a retry.
  if (
    /\b(22\d\d\d|22P0\d|2350[23]|23514)\b|violates (check|not-null) constraint|invalid input|out of range/.test(text)
  ) {
    return new StoreError('refused', error)
  }
  return new StoreError('unavailable', error)
}
