// Dashboard filters, read from the GET form's query string (works without JavaScript). Pure.
import { z } from 'zod'

import { isCalendarDay } from '@/lib/rules/calendar-day'
import { addDays } from '@/lib/rules/dates'

import { channels, granularities, hostCountries, outcomes, statsLocales, statsViews } from './views'

const day = z.string().refine(isCalendarDay)
/** An empty form field means "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional()).catch(undefined)

const statsQuerySchema = z.object({
  view: z.enum(statsViews).catch('period'),
  granularity: z.enum(granularities).catch('month'),
  from: optional(day),
  to: optional(day),
  hostCountry: optional(z.enum(hostCountries)),
  nationality: optional(z.string().regex(/^[A-Z]{2}$/)),
  outcome: optional(z.enum(outcomes)),
  channel: optional(z.enum(channels)),
  locale: optional(z.enum(statsLocales)),
  rulesVersion: optional(z.string().regex(/^[\w.-]{1,64}$/)),
  /** Whose outcomes to count: absent = Safe Mobility (the programme view counts every programme). */
  programme: optional(
    z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(80),
  ),
})
export type StatsQuery = z.infer<typeof statsQuerySchema>

/** The filter fields of a query, in the order the form and the CSV header list them. */
export const filterKeys = [
  'from',
  'to',
  'hostCountry',
  'nationality',
  'outcome',
  'channel',
  'locale',
  'rulesVersion',
  'programme',
] as const
export type FilterKey = (typeof filterKeys)[number]

/** The longest span the day-by-day view covers; longer ranges keep their last days. */
export const MAX_DAYS = 92

/** Parses a query string (or Next's searchParams); anything invalid falls back to "no filter". */
export function parseStatsQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): StatsQuery {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k]
    return Array.isArray(v) ? v[0] : (v ?? undefined)
  }
  const raw = Object.fromEntries(['view', 'granularity', ...filterKeys].map((k) => [k, get(k)]))
  const query = statsQuerySchema.parse(raw)
  if (query.from && query.to && query.from > query.to) return { ...query, from: query.to, to: query.from }
  return query
}

/** The query string for `query` with some fields changed (links between views keep the filters). */
export function toSearch(query: StatsQuery, changes: Partial<StatsQuery> = {}): string {
  const merged = { ...query, ...changes }
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(merged)) if (v) params.set(k, String(v))
  return params.toString()
}

/** The dates a query really covers: the day-by-day view keeps at most MAX_DAYS, ending at `to` or the last day. */
export function effectiveRange(query: StatsQuery, lastDay: string | undefined): { from?: string; to?: string } {
  if (query.view !== 'period' || query.granularity !== 'day') return { from: query.from, to: query.to }
  const to = query.to ?? lastDay
  if (!to) return { from: query.from }
  const earliest = addDays(to, -(MAX_DAYS - 1))
  return { from: query.from && query.from > earliest ? query.from : earliest, to }
}
