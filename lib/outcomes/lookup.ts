// The public page of a result code (/{lng}/r/{code}) shows only these four facts of a stored outcome.
import 'server-only'

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
  /**
   * The other programmes' stored outcomes (one row per programme screened for, with its version), when the store
   * keeps them; the page lists each with its outcome.
   */
  programmes?: { programme: string; version: string; outcome: Outcome }[]
}

/**
 * The facts behind a result code, or null when the code is malformed, unknown, or its outcome is past retention
 * (even before the daily purge has deleted it).
 */
export async function factsForCode(input: string): Promise<CodeFacts | null> {
  const code = normalizeResultCode(input)
  if (!code) return null
  const rows = await db().$queryRaw<
    { outcome: string; rules_version: string; host_country: string; screened_on: string; as_of: string }[]
  >`
    SELECT outcome, rules_version, host_country, to_char(screened_on, 'YYYY-MM-DD') AS screened_on, to_char(as_of, 'YYYY-MM-DD') AS as_of
    FROM outcomes
    WHERE result_code = ${code} AND screened_on >= (CURRENT_DATE - make_interval(months => ${retentionMonths()}::int))::date`
  const row = rows[0]
  return row
    ? {
        outcome: row.outcome,
        rulesVersion: row.rules_version,
        hostCountry: row.host_country,
        screenedOn: row.screened_on,
        asOf: row.as_of,
      }
    : null
}
