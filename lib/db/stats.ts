import 'server-only'

import { Prisma } from '@/generated/prisma/client'
import { effectiveRange, type StatsQuery } from '@/lib/stats/filters'
import { splitByMonth } from '@/lib/stats/range-split'
import { safeMobilityProgramme, type StatsView } from '@/lib/stats/views'

import { db } from './prisma'

/** One count of the dashboard: outcomes with this row key and this outcome. */
export interface OutcomeCount {
  key: string
  outcome: string
  count: number
}

// Statistics never aggregate `outcomes`: they read outcome_monthly_counts for whole months and
// outcome_daily_counts for the days around them (both kept in step by triggers), so every view answers well
// under 200 ms over 1M outcomes (`npm run bench:stats`; docs/decisions/0008-statistics-disclosure-control.md).
const keyColumn: Record<Exclude<StatsView, 'period'>, Prisma.Sql> = {
  'host-country': Prisma.raw('"host_country"'),
  nationality: Prisma.raw('"nationality"'),
  outcome: Prisma.raw('"outcome"'),
  channel: Prisma.raw('"channel"'),
  locale: Prisma.raw('"locale"'),
  'rules-version': Prisma.raw('"rules_version"'),
  programme: Prisma.raw('"programme"'),
}
// Periods group on a date and are formatted after grouping (formatting every row costs more than the sum).
const periodKey = {
  day: Prisma.raw('"day"'),
  week: Prisma.raw(`date_trunc('week', "day")::date`), // ISO weeks start on Monday
  month: Prisma.raw(`date_trunc('month', "day")::date`),
}
const periodFormat = { day: 'YYYY-MM-DD', week: 'YYYY-MM-DD', month: 'YYYY-MM' }
const columns = Prisma.raw(
  '"host_country", "nationality", "outcome", "channel", "locale", "rules_version", "programme", "count"',
)
// Safe Mobility's counts are the outcomes' own; another programme's come from outcome_programme_*_counts, its
// version read as rules_version. The planner inlines these subqueries, so filters still reach the primary keys.
const tables = {
  safeMobility: {
    daily: Prisma.raw(`(SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale",
      "rules_version", '${safeMobilityProgramme}'::text AS "programme", "count" FROM "outcome_daily_counts")`),
    monthly: Prisma.raw(`(SELECT "month", "host_country", "nationality", "outcome", "channel", "locale",
      "rules_version", '${safeMobilityProgramme}'::text AS "programme", "count" FROM "outcome_monthly_counts")`),
  },
  others: {
    daily: Prisma.raw(`(SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale",
      "programme_version" AS "rules_version", "programme", "count" FROM "outcome_programme_daily_counts")`),
    monthly: Prisma.raw(`(SELECT "month", "host_country", "nationality", "outcome", "channel", "locale",
      "programme_version" AS "rules_version", "programme", "count" FROM "outcome_programme_monthly_counts")`),
  },
}

/** The last day anything was screened, or undefined when there are no outcomes. */
export async function lastScreeningDay(): Promise<string | undefined> {
  const [row] = await db().$queryRaw<Array<{ day: string | null }>>`
    SELECT to_char(max("screened_on"), 'YYYY-MM-DD') AS day FROM "outcome_daily_counts"`
  return row?.day ?? undefined
}

/** Outcome counts for the query's view, filters and date range (the day view is limited; see effectiveRange). */
export async function countOutcomes(query: StatsQuery, lastDay: string | undefined): Promise<OutcomeCount[]> {
  const { view } = query
  const key = view === 'period' ? periodKey[query.granularity] : keyColumn[view]
  const label = view === 'period' ? Prisma.sql`to_char(k, ${periodFormat[query.granularity]})` : Prisma.raw('k')
  const rows = await db().$queryRaw<Array<{ key: string; outcome: string; count: number }>>`
    SELECT ${label} AS key, "outcome", count FROM (
      SELECT ${key} AS k, "outcome", sum("count")::int AS count FROM ${source(query, lastDay)} AS src GROUP BY 1, 2
    ) AS grouped ORDER BY 1, 2`
  return rows.map((r) => ({ key: r.key, outcome: r.outcome, count: Number(r.count) }))
}

/** The rules versions that decided the outcomes a query counts (named in the CSV header). */
export async function rulesVersionsIn(query: StatsQuery, lastDay: string | undefined): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ v: string }>>`
    SELECT DISTINCT "rules_version" AS v FROM ${source(query, lastDay)} AS src ORDER BY 1`
  return rows.map((r) => r.v)
}

/** Distinct nationalities, rules and programme versions, and programmes present, for the filter form's choices. */
export async function filterChoices(): Promise<{
  nationalities: string[]
  rulesVersions: string[]
  programmes: string[]
}> {
  const [nat, ver, prog] = await Promise.all([
    db().$queryRaw<Array<{ v: string }>>`SELECT DISTINCT "nationality" AS v FROM "outcome_monthly_counts" ORDER BY 1`,
    db().$queryRaw<Array<{ v: string }>>`
      SELECT "rules_version" AS v FROM "outcome_monthly_counts"
      UNION SELECT "programme_version" FROM "outcome_programme_monthly_counts" ORDER BY 1`,
    db().$queryRaw<Array<{ v: string }>>`
      SELECT DISTINCT "programme" AS v FROM "outcome_programme_monthly_counts" ORDER BY 1`,
  ])
  const programmes = [safeMobilityProgramme, ...prog.map((r) => r.v).filter((p) => p !== safeMobilityProgramme)]
  return { nationalities: nat.map((r) => r.v), rulesVersions: ver.map((r) => r.v), programmes }
}

/** Rows (day, dimensions, count) matching the query: whole months from monthly counts, the rest from daily ones. */
function source(query: StatsQuery, lastDay: string | undefined): Prisma.Sql {
  const { from, to } = effectiveRange(query, lastDay)
  const filters = dimensionFilters(query)
  // Weeks cross month boundaries and days are days: those two read daily counts only.
  const split =
    query.view === 'period' && query.granularity !== 'month' ? { days: [{ from, to }] } : splitByMonth(from, to)
  const parts: Prisma.Sql[] = []
  for (const table of sourceTables(query)) {
    for (const d of split.days)
      parts.push(Prisma.sql`
        SELECT "screened_on" AS "day", ${columns} FROM ${table.daily} AS daily
        WHERE ${Prisma.join([...between('"screened_on"', d.from, d.to, true), ...filters], ' AND ')}`)
    if (split.months)
      parts.push(Prisma.sql`
        SELECT "month" AS "day", ${columns} FROM ${table.monthly} AS monthly
        WHERE ${Prisma.join([...between('"month"', split.months.from, split.months.until, false), ...filters], ' AND ')}`)
  }
  return Prisma.sql`(${Prisma.join(parts, ' UNION ALL ')})`
}

/** The programme view counts every programme; otherwise one programme's tables (Safe Mobility by default). */
function sourceTables(query: StatsQuery) {
  if (query.view === 'programme') return [tables.safeMobility, tables.others]
  return [query.programme && query.programme !== safeMobilityProgramme ? tables.others : tables.safeMobility]
}

function between(column: string, from: string | undefined, to: string | undefined, inclusive: boolean): Prisma.Sql[] {
  const c = Prisma.raw(column)
  return [
    Prisma.sql`TRUE`,
    ...(from ? [Prisma.sql`${c} >= ${from}::date`] : []),
    ...(to ? [inclusive ? Prisma.sql`${c} <= ${to}::date` : Prisma.sql`${c} < ${to}::date`] : []),
  ]
}

function dimensionFilters(query: StatsQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = []
  if (query.hostCountry) conditions.push(Prisma.sql`"host_country" = ${query.hostCountry}`)
  if (query.nationality) conditions.push(Prisma.sql`"nationality" = ${query.nationality}`)
  if (query.outcome) conditions.push(Prisma.sql`"outcome" = ${query.outcome}`)
  if (query.channel) conditions.push(Prisma.sql`"channel" = ${query.channel}`)
  if (query.locale) conditions.push(Prisma.sql`"locale" = ${query.locale}`)
  if (query.rulesVersion) conditions.push(Prisma.sql`"rules_version" = ${query.rulesVersion}`)
  if (query.programme) conditions.push(Prisma.sql`"programme" = ${query.programme}`)
  return conditions
}
