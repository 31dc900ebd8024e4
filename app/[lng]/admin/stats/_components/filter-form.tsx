import type { TFunction } from 'i18next'

import type { Language } from '@/lib/i18n/settings'
import type { FilterKey, StatsQuery } from '@/lib/stats/filters'
import { channels, granularities, hostCountries, outcomes, statsLocales } from '@/lib/stats/views'

import { filterValueLabel, type ProgrammeNames } from '../_lib/labels'

interface Props {
  base: string
  query: StatsQuery
  choices: { nationalities: string[]; rulesVersions: string[]; programmes: string[] }
  t: TFunction
  lng: Language
  programmeNames: ProgrammeNames
}

const field = 'min-h-11 w-full rounded border border-gray-600 bg-white px-2'

/** The filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export function FilterForm({ base, query, choices, t, lng, programmeNames }: Props) {
  const options: Array<[FilterKey, readonly string[]]> = [
    ['programme', choices.programmes],
    ['hostCountry', hostCountries],
    ['nationality', choices.nationalities],
    ['outcome', outcomes],
    ['channel', channels],
    ['locale', statsLocales],
    ['rulesVersion', choices.rulesVersions],
  ]
  return (
    <form method="get" action={base} className="mb-6">
      <input type="hidden" name="view" value={query.view} />
      <fieldset className="rounded border border-gray-300 p-3">
        <legend className="px-1 font-bold">{t('filters.legend')}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {query.view === 'period' ? (
            <label className="block">
              {t('filters.granularity')}
              <select name="granularity" defaultValue={query.granularity} className={field}>
                {granularities.map((g) => (
                  <option key={g} value={g}>
                    {t(`granularity.${g}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <input type="hidden" name="granularity" value={query.granularity} />
          )}
          {(['from', 'to'] as const).map((k) => (
            <label key={k} className="block">
              {t(`filters.${k}`)}
              <input type="date" name={k} defaultValue={query[k] ?? ''} className={field} />
            </label>
          ))}
          {options.map(([k, values]) => (
            <label key={k} className="block">
              {t(`filters.${k}`)}
              <select name={k} defaultValue={query[k] ?? ''} className={field}>
                <option value="">{t('filters.all')}</option>
                {values.map((v) => (
                  <option key={v} value={v}>
                    {filterValueLabel(k, v, t, lng, programmeNames)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
            {t('filters.apply')}
          </button>
          <a href={`${base}?view=${query.view}`} className="inline-flex min-h-11 items-center">
            {t('filters.reset')}
          </a>
        </div>
      </fieldset>
    </form>
  )
}
