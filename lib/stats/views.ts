// The dashboard's views: each one counts outcomes broken down by one dimension (rows) and outcome (columns).
import { hostCountries } from '@/lib/rules/answers'
import { outcomes } from '@/lib/rules/evaluation'

export const statsViews = ['period', 'host-country', 'nationality', 'outcome', 'channel', 'locale', 'rules-version'] as const
export type StatsView = (typeof statsViews)[number]

export const granularities = ['day', 'week', 'month'] as const
export type Granularity = (typeof granularities)[number]

/** How people reached the screener (stored in outcomes.channel). */
export const channels = ['self', 'assisted', 'api'] as const
export const statsLocales = ['es', 'en', 'fr', 'ht'] as const

export { hostCountries, outcomes }

/** Whether `value` names a dashboard view. */
export function isStatsView(value: unknown): value is StatsView {
  return typeof value === 'string' && (statsViews as readonly string[]).includes(value)
}

/** Columns of a view's table: the four outcomes, or one "count" column when the rows are the outcomes. */
export function columnsOf(view: StatsView): readonly string[] {
  return view === 'outcome' ? ['count'] : outcomes
}
