// The dashboard's views: each one counts outcomes broken down by one dimension (rows) and outcome (columns).
import { languages } from '@/lib/i18n/settings'
import { channels } from '@/lib/outcomes/stored-columns'
import { hostCountries } from '@/lib/rules/answers'
import { outcomes } from '@/lib/rules/evaluation'

export const statsViews = [
  'period',
  'host-country',
  'nationality',
  'outcome',
  'channel',
  'locale',
  'rules-version',
  'programme',
] as const
export type StatsView = (typeof statsViews)[number]

export const granularities = ['day', 'week', 'month'] as const

/** The programme whose counts are today's outcomes table (every screening has its row); the default filter. */
export const safeMobilityProgramme = 'safe-mobility'

/** The languages outcomes are stored with (outcomes.locale). */
export const statsLocales = languages

export { channels, hostCountries, outcomes }

/** Columns of a view's table: the four outcomes, or one "count" column when the rows are the outcomes. */
export function columnsOf(view: StatsView): readonly string[] {
  return view === 'outcome' ? ['count'] : outcomes
}
