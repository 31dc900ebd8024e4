import 'server-only'
import { Prisma } from '@/generated/prisma/client'
import { effectiveRange, type StatsQuery } from '@/lib/stats/filters'
import type { StatsView } from '@/lib/stats/views'
import { db } from './prisma'

/** One count of the dashboard: outcomes with this row key and this outcome. */
export interface OutcomeCount {
  key: string
  outcome: string
  count: number
}

// Statistics read outcome_daily_counts (kept in step with outcomes by triggers), never outcomes itself:
// ~150k rows instead of 1M, so every view answers well under 200 ms (`npm run bench:stats`).
const keyColumn: Record<Exclude<StatsView, 'period'>, Prisma.Sql> = {
  'host-country': Prisma.raw('"host_country"'),
  nationality: Prisma.raw('"nationality"'),
  outcome: Prisma.raw('"outcome"'),
  channel: Prisma.raw('"channel"'),
  locale: Prisma.raw('"locale"'),
  'rules-version': Prisma.raw('"rules_version"'),
}
// Periods group on a date and are formatted after grouping (formatting 150k dates costs more than the sum).
const periodKey = {
  day: Prisma.raw(`"screened_on"`),
  week: Prisma.raw(`date_trunc('week', "screened_on")::date`), // ISO weeks start on Monday
  month: Prisma.raw(`date_trunc('month', "screened_on")::date`),
}
const periodFormat = { day: 'YYYY-MM-DD', week: 'YYYY-MM-DD', month: 'YYYY-MM' }

/** The last day anything was screened, or undefined when there are no outcomes. */
export async function lastScreeningDay(): Promise<string | undefined> {
  const [row] = await db().$queryRaw<Array<{ day: string | null }>>`
    SELECT to_char(max("screened_on"), 'YYYY-MM-DD') AS day FROM "outcome_daily_counts"`
  return row?.day ?? undefined
}

/** Outcome counts for the query's view, filters and date range (the day view is limited; see effectiveRange). */
export async function countOutcomes(query: StatsQuery, lastDay: string | undefined): Promise<OutcomeCount[]> {
  const { view } = query
  const period = view === 'period'
  const key = view === 'period' ? periodKey[query.granularity] : keyColumn[view]
  const label = period ? Prisma.sql`to_char(k, ${periodFormat[query.granularity]})` : Prisma.raw('k')
  const rows = await db().$queryRaw<Array<{ key: string; outcome: string; count: number }>>`
    SELECT ${label} AS key, "outcome", count FROM (
      SELECT ${key} AS k, "outcome", sum("count")::int AS count
      FROM "outcome_daily_counts" WHERE ${whereClause(query, lastDay)}
      GROUP BY 1, 2) AS grouped
    ORDER BY 1, 2`
  return rows.map((r) => ({ key: r.key, outcome: r.outcome, count: Number(r.count) }))
}

/** Distinct nationalities and rules versions present, for the filter form's choices. */
export async function filterChoices(): Promise<{ nationalities: string[]; rulesVersions: string[] }> {
  const [nat, ver] = await Promise.all([
    db().$queryRaw<Array<{ v: string }>>`SELECT DISTINCT "nationality" AS v FROM "outcome_daily_counts" ORDER BY 1`,
    db().$queryRaw<Array<{ v: string }>>`SELECT DISTINCT "rules_version" AS v FROM "outcome_daily_counts" ORDER BY 1`,
  ])
  return { nationalities: nat.map((r) => r.v), rulesVersions: ver.map((r) => r.v) }
}

function whereClause(query: StatsQuery, lastDay: string | undefined): Prisma.Sql {
  const { from, to } = effectiveRange(query, lastDay)
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`]
  if (from) conditions.push(Prisma.sql`"screened_on" >= ${from}::date`)
  if (to) conditions.push(Prisma.sql`"screened_on" <= ${to}::date`)
  if (query.hostCountry) conditions.push(Prisma.sql`"host_country" = ${query.hostCountry}`)
  if (query.nationality) conditions.push(Prisma.sql`"nationality" = ${query.nationality}`)
  if (query.outcome) conditions.push(Prisma.sql`"outcome" = ${query.outcome}`)
  if (query.channel) conditions.push(Prisma.sql`"channel" = ${query.channel}`)
  if (query.locale) conditions.push(Prisma.sql`"locale" = ${query.locale}`)
  if (query.rulesVersion) conditions.push(Prisma.sql`"rules_version" = ${query.rulesVersion}`)
  return Prisma.join(conditions, ' AND ')
}

/** The rules versions that decided the outcomes a query counts (named in the CSV header). */
export async function rulesVersionsIn(query: StatsQuery, lastDay: string | undefined): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ v: string }>>`
    SELECT DISTINCT "rules_version" AS v FROM "outcome_daily_counts" WHERE ${whereClause(query, lastDay)} ORDER BY 1`
  return rows.map((r) => r.v)
}
