import type { TFunction } from 'i18next'

import { countryName } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import type { FilterKey, StatsQuery } from '@/lib/stats/filters'
import type { StatsView } from '@/lib/stats/views'

/** A country's name with its ISO code, in the page language (lib/i18n/format: Creole names, then French). */
function countryLabel(code: string, lng: Language): string {
  const name = countryName(lng, code)
  return name && name !== code ? `${name} (${code})` : code
}

/** A programme's name in the page language, by id (from the programmes' own data). */
export type ProgrammeNames = ReadonlyMap<string, string>

/** How a row key reads in a view: translated codes, country or programme names, or the key itself (dates, versions). */
export function rowLabel(view: StatsView, key: string, t: TFunction, lng: Language, names?: ProgrammeNames): string {
  if (view === 'nationality') return countryLabel(key, lng)
  if (view === 'programme') return names?.get(key) ?? key
  const ns = { 'host-country': 'hostCountry', outcome: 'outcome', channel: 'channel', locale: 'locale' } as const
  return view in ns ? t(`${ns[view as keyof typeof ns]}.${key}`, { defaultValue: key }) : key
}

/** The heading of the first column. */
export function rowHeader(query: StatsQuery, t: TFunction): string {
  return query.view === 'period' ? t(`rowHeader.${query.granularity}`) : t(`views.${query.view}`)
}

/** A filter's value as people read it. */
export function filterValueLabel(
  key: FilterKey,
  value: string,
  t: TFunction,
  lng: Language,
  names?: ProgrammeNames,
): string {
  if (key === 'programme') return names?.get(value) ?? value
  if (key === 'hostCountry') return t(`hostCountry.${value}`, { defaultValue: value })
  if (key === 'nationality') return countryLabel(value, lng)
  if (key === 'outcome' || key === 'channel' || key === 'locale') return t(`${key}.${value}`, { defaultValue: value })
  return value
}
