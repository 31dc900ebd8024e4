import type { TFunction } from 'i18next'

import type { Language } from '@/lib/i18n/settings'
import { toCsv } from '@/lib/stats/csv'
import { filterKeys, type StatsQuery } from '@/lib/stats/filters'
import { shownTotals } from '@/lib/stats/shown-totals'
import type { ShownCell } from '@/lib/stats/suppress'
import type { StatsTable } from '@/lib/stats/table'

import { filterValueLabel, type ProgrammeNames, rowHeader, rowLabel } from './labels'

/** The CSV of exactly what the page shows: a header naming the view, filters, dates and rules versions, then the table. */
export function statsCsv(
  query: StatsQuery,
  data: { table: StatsTable; range: { from?: string; to?: string }; rulesVersions: string[] },
  t: TFunction,
  lng: Language,
  names: ProgrammeNames,
): string {
  const { table } = data
  const filters = filterKeys.flatMap((k) =>
    query[k] ? [`${t(`filters.${k}`)}: ${filterValueLabel(k, query[k]!, t, lng, names)}`] : [],
  )
  const shown = (c: ShownCell) =>
    c.kind === 'count' ? c.value : c.kind === 'small' ? t('table.small') : t('table.hidden')
  const many = table.columnKeys.length > 1
  const totals = shownTotals(table)
  return toCsv([
    [t('csv.heading')],
    [t('csv.view'), rowHeader(query, t)],
    [t('csv.filters'), ...(filters.length ? filters : [t('filters.none')])],
    [t('csv.range'), data.range.from ?? t('csv.any'), data.range.to ?? t('csv.any')],
    [t('csv.rulesVersions'), ...data.rulesVersions],
    [t('csv.legend')],
    [],
    [rowHeader(query, t), ...table.columnKeys.map((c) => t(`outcome.${c}`)), ...(many ? [t('table.total')] : [])],
    ...table.rowKeys.map((key, i) => [
      rowLabel(query.view, key, t, lng, names),
      ...table.cells[i]!.map(shown),
      ...(many ? [shown(totals.rows[i]!)] : []),
    ]),
    [t('table.total'), ...totals.columns.map(shown), ...(many ? [shown(totals.total)] : [])],
  ])
}
