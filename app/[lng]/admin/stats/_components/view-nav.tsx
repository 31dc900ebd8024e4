import type { TFunction } from 'i18next'

import { type StatsQuery, toSearch } from '@/lib/stats/filters'
import { statsViews } from '@/lib/stats/views'

/** Links to the other breakdowns, keeping the filters. */
export function ViewNav({ base, query, t }: { base: string; query: StatsQuery; t: TFunction }) {
  return (
    <nav aria-label={t('views.label')} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {statsViews.map((view) => (
          <li key={view}>
            <a
              href={`${base}?${toSearch(query, { view })}`}
              aria-current={view === query.view ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded px-3 ${
                view === query.view ? 'border-2 border-brand bg-blue-50 font-bold' : 'border border-gray-400'
              }`}
            >
              {t(`views.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
