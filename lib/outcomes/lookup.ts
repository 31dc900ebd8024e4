// The public page of a result code (/{lng}/r/{code}) shows only these four facts of a stored outcome.
import 'server-only'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp } from '@/lib/db/availability'
import { db } from '@/lib/db/prisma'
import type { Outcome } from '@/lib/rules/evaluation'

import { normalizeResultCode } from './result-code'
import { retentionMonths } from './retention'

export interface CodeFacts {
  outcome: string
  rulesVersion: string
  hostCountry: string
  /** The day of the screening (YYYY-MM-DD) and the day whose rules were applied. */
  screenedOn: string
  asOf: string
  /** The other programmes' stored outcomes (one row per programme screened for, with its version). */
  programmes?: { programme: string; version: string; outcome: Outcome }[]
}

/**
 * The facts behind a result code, or null when the code is malformed, unknown, or its outcome is past retention
 * (even before the daily purge has deleted it); 'unavailable' when the database does not answer in time (down,
 * or its pool busy under a burst of lookups), so the page can say "try again" instead of failing.
 */
export async function factsForCode(input: string): Promise<CodeFacts | null | 'unavailable'> {
  const code = normalizeResultCode(input)
  if (!code) return null
  if (databaseLooksDown()) return 'unavailable'
  try {
    const facts = await lookUp(code)
    markDatabaseUp()
    return facts
  } catch {
    // Every caller then skips the database for a few seconds, so a burst does not pile up on the pool.
    markDatabaseDown()
    return 'unavailable'
  }
}

async function lookUp(code: string): Promise<CodeFacts | null> {
  const rows = await db().$queryRaw<
    {
      outcome: string
      rules_version: string
      host_country: string
      screened_on: string
      as_of: string
      programmes: { programme: string; version: string; outcome: Outcome }[]
    }[]
  >`
    SELECT o.outcome, o.rules_version, o.host_country, to_char(o.screened_on, 'YYYY-MM-DD') AS screened_on,
      to_char(o.as_of, 'YYYY-MM-DD') AS as_of,
      COALESCE((SELECT json_agg(json_build_object('programme', p.programme, 'version', p.programme_version,
        'outcome', p.outcome) ORDER BY p.programme) FROM outcome_programmes p WHERE p.outcome_id = o.id), '[]') AS programmes
    FROM outcomes o
    WHERE o.result_code = ${code} AND o.screened_on >= (CURRENT_DATE - make_interval(months => ${retentionMonths()}::int))::date`
  const row = rows[0]
  return row
    ? {
        outcome: row.outcome,
        rulesVersion: row.rules_version,
        hostCountry: row.host_country,
        screenedOn: row.screened_on,
        asOf: row.as_of,
        programmes: row.programmes,
      }
    : null
}
