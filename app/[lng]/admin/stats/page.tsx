import type { Metadata } from 'next'

import { requireRole } from '@/lib/auth'
import { filterChoices } from '@/lib/db/stats'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { MAX_DAYS, parseStatsQuery, toSearch } from '@/lib/stats/filters'

import { FilterForm } from './_components/filter-form'
import { StatsChart } from './_components/stats-chart'
import { StatsTable } from './_components/stats-table'
import { ViewNav } from './_components/view-nav'
import { rowHeader, rowLabel } from './_lib/labels'
import { loadStatsView } from './_lib/load-view'
import { programmeNames } from './_lib/programme-names'

export async function generateMetadata({ params }: PageProps<'/[lng]/admin/stats'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'stats')('title'), robots: { index: false } }
}

/** Anonymised outcome statistics for admins: one breakdown at a time, filters, chart, table and CSV. */
export default async function StatsPage({ params, searchParams }: PageProps<'/[lng]/admin/stats'>) {
  const lng = await languageOf(params)
  await requireRole('viewer', lng)
  const t = getT(lng, 'stats')
  const query = parseStatsQuery(await searchParams)
  const [{ table, range }, choices, names] = await Promise.all([
    loadStatsView(query),
    filterChoices(),
    programmeNames(lng),
  ])
  const base = `/${lng}/admin/stats`
  const viewName = t(`views.${query.view}`)
  const number = new Intl.NumberFormat(lng)
  const format = (n: number) => number.format(n)
  const rowLabels = table.rowKeys.map((key) => rowLabel(query.view, key, t, lng, names))
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-2">{t('intro')}</p>
      <p className="mb-4">{t('suppression')}</p>
      <p className="mb-4">{t('assistedWeek')}</p>
      <p className="mb-4">{t('programmeNote')}</p>
      <ViewNav base={base} query={query} t={t} />
      <FilterForm base={base} query={query} choices={choices} t={t} lng={lng} programmeNames={names} />
      <h2 className="mb-3 text-xl font-bold">{viewName}</h2>
      {query.view === 'period' && query.granularity === 'day' && range.from && range.to && (
        <p className="mb-3">{t('dayLimit', { days: MAX_DAYS, from: range.from, to: range.to })}</p>
      )}
      {table.rowKeys.length === 0 ? (
        <p role="status">{t('table.empty')}</p>
      ) : (
        <>
          <StatsChart
            table={table}
            title={t('chart.title', { view: viewName })}
            description={t('chart.desc')}
            rowLabels={rowLabels}
            columnLabels={table.columnKeys.map((c) => t(`outcome.${c}`))}
            format={format}
          />
          <StatsTable
            table={table}
            caption={t('table.caption', { view: viewName })}
            rowHeader={rowHeader(query, t)}
            rowLabels={rowLabels}
            t={t}
            format={format}
          />
        </>
      )}
      <p className="mt-4">
        <a href={`${base}/export?${toSearch(query)}`} download className="inline-flex min-h-11 items-center font-bold">
          {t('csv.download')}
        </a>
      </p>
    </>
  )
}
