import 'server-only'

import { db } from '@/lib/db/prisma'
import type { History, RuleSet } from '@/lib/rules/schema'

import { replay, type ReplayResult, type StoredOutcome } from './replay'

export interface ImpactRow {
  hostCountry: string
  nationality: string
  total: number
  changed: number
  cannotTell: number
}

/**
 * Replays the stored outcomes of the last `days` days on the draft's effective day, with and without the
 * draft, grouped by host country and nationality (see replay.ts for what cannot be replayed exactly).
 */
export async function impactOf(history: History, draft: RuleSet, days: number): Promise<ImpactRow[]> {
  const since = new Date(Date.now() - days * 86_400_000)
  const groups = await db().$queryRaw<(StoredOutcome & { n: number })[]>`
    SELECT "host_country" AS "hostCountry", "nationality", "arrival", "statuses", "adult", "rules_version" AS "rulesVersion",
      count(*)::int AS "n"
    FROM "outcomes" WHERE "screened_on" >= ${since}::date
    GROUP BY 1, 2, 3, 4, 5, 6`
  const rows = new Map<string, ImpactRow>()
  for (const g of groups) {
    const key = `${g.hostCountry}|${g.nationality}`
    const row = rows.get(key) ?? {
      hostCountry: g.hostCountry,
      nationality: g.nationality,
      total: 0,
      changed: 0,
      cannotTell: 0,
    }
    const result: ReplayResult = replay(g, history, draft, draft.effectiveFrom)
    const n = g.n
    row.total += n
    if (result === 'changed') row.changed += n
    if (result === 'cannot_tell') row.cannotTell += n
    rows.set(key, row)
  }
  return [...rows.values()].sort(
    (a, b) => b.changed - a.changed || b.total - a.total || a.hostCountry.localeCompare(b.hostCountry),
  )
}
