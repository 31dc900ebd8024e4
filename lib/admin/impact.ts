import 'server-only'

import { db } from '@/lib/db/prisma'
import type { Programme } from '@/lib/rules/programmes/programme'
import type { History, RuleSet } from '@/lib/rules/schema'

import { type ImpactCounts, type ShownImpactRow, suppressImpact } from './impact-table'
import type { ImpactMonth } from './impact-window'
import { replayProgramme } from './programme-replay'
import { replay, type ReplayResult, type StoredOutcome } from './replay'

type Replay = (row: StoredOutcome) => ReplayResult

// Raw counts per host country × nationality of one whole calendar month (never shown as such).
async function impactCounts(replayOne: Replay, month: ImpactMonth): Promise<ImpactCounts[]> {
  const groups = await db().$queryRaw<(StoredOutcome & { n: number })[]>`
    SELECT "host_country" AS "hostCountry", "nationality", "arrival", "statuses", "adult", "rules_version" AS "rulesVersion",
      count(*)::int AS "n"
    FROM "outcomes" WHERE "screened_on" >= ${month.from}::date AND "screened_on" < ${month.until}::date
    GROUP BY 1, 2, 3, 4, 5, 6`
  const rows = new Map<string, ImpactCounts>()
  for (const g of groups) {
    const key = `${g.hostCountry}|${g.nationality}`
    const row = rows.get(key) ?? {
      hostCountry: g.hostCountry,
      nationality: g.nationality,
      changed: 0,
      unchanged: 0,
      cannotTell: 0,
    }
    const result = replayOne(g)
    if (result === 'changed') row.changed += g.n
    else if (result === 'cannot_tell') row.cannotTell += g.n
    else row.unchanged += g.n
    rows.set(key, row)
  }
  return [...rows.values()]
}

/**
 * Replays the stored outcomes of one whole, closed calendar month on the draft's effective day, with and without
 * the draft, by host country and nationality, through the statistics' suppression (impact-table.ts). Only
 * closed months: a window that grows, or windows of several lengths, could be subtracted from each other to
 * give a small count (see replay.ts for what cannot be replayed exactly).
 */
export async function impactOf(history: History, draft: RuleSet, month: ImpactMonth): Promise<ShownImpactRow[]> {
  return suppressImpact(await impactCounts((row) => replay(row, history, draft, draft.effectiveFrom), month))
}

/**
 * The same for a programme other than Safe Mobility (programme-replay.ts: its facts replayed as unsure), on
 * `day`, the draft's effective day.
 */
export async function programmeImpactOf(
  history: History,
  current: Programme | null,
  next: Programme,
  day: string,
  month: ImpactMonth,
): Promise<ShownImpactRow[]> {
  const replayOne = (row: StoredOutcome) => replayProgramme(row, history, current, next, day)
  return suppressImpact(await impactCounts(replayOne, month))
}
