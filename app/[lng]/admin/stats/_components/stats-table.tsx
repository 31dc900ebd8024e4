import type { TFunction } from 'i18next'

import { shownTotals } from '@/lib/stats/shown-totals'
import type { ShownCell } from '@/lib/stats/suppress'
import type { StatsTable as Table } from '@/lib/stats/table'

interface Props {
  table: Table
  caption: string
  rowHeader: string
  rowLabels: string[]
  t: TFunction
  format: (n: number) => string
}

/** The accessible table behind each chart: "<5" and "hidden" cells, totals of what is shown. */
export function StatsTable({ table, caption, rowHeader, rowLabels, t, format }: Props) {
  const many = table.columnKeys.length > 1
  const totals = shownTotals(table)
  const shown = (c: ShownCell) =>
    c.kind === 'count' ? format(c.value) : c.kind === 'small' ? t('table.small') : t('table.hidden')
  const num = 'px-2 py-1 text-right tabular-nums'
  return (
    <div role="region" aria-label={t('table.scroll')} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="px-2 py-1 text-left">
              {rowHeader}
            </th>
            {table.columnKeys.map((c) => (
              <th key={c} scope="col" className={num}>
                {t(`outcome.${c}`)}
              </th>
            ))}
            {many && (
              <th scope="col" className={num}>
                {t('table.total')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rowKeys.map((key, i) => (
            <tr key={key} className="border-b border-gray-300">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {rowLabels[i]}
              </th>
              {table.cells[i]!.map((c, j) => (
                <td key={j} className={num}>
                  {shown(c)}
                </td>
              ))}
              {many && <td className={num}>{shown(totals.rows[i]!)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-gray-700 font-bold">
            <th scope="row" className="px-2 py-1 text-left">
              {t('table.total')}
            </th>
            {totals.columns.map((c, j) => (
              <td key={j} className={num}>
                {shown(c)}
              </td>
            ))}
            {many && <td className={num}>{shown(totals.total)}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
