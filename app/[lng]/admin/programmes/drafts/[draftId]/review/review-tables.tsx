// The tables of a programme draft's review: the day and month form, the test cases, the impact replay.
import type { TFunction } from 'i18next'

import type { ShownImpactRow } from '@/lib/admin/impact-table'
import { impactMonths } from '@/lib/admin/impact-window'
import type { ProgrammeCaseComparison } from '@/lib/admin/programme-cases'
import type { ShownCell } from '@/lib/stats/suppress'

import { Field, Submit } from '../../../../_components/ui'

/** The day to check on and the month of stored outcomes to replay (a GET form). */
export function RecheckForm({ t, effectiveFrom, month }: { t: TFunction; effectiveFrom: string; month: string }) {
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
      <Field name="effectiveFrom" type="date" label={t('review.effective')} defaultValue={effectiveFrom} />
      <div className="mb-4">
        <label htmlFor="impact-month" className="mb-1 block font-bold">
          {t('review.month')}
        </label>
        <select
          id="impact-month"
          name="month"
          defaultValue={month}
          className="min-h-11 rounded border-2 border-gray-700 bg-white px-2"
        >
          {impactMonths().map((m) => (
            <option key={m.month} value={m.month}>
              {m.month}
            </option>
          ))}
        </select>
      </div>
      <div className="mb-4">
        <Submit variant="secondary">{t('review.recheck')}</Submit>
      </div>
    </form>
  )
}

/** Every case, before and with the draft, and whether its own expectation still holds. */
export function CasesTable({ t, cases, day }: { t: TFunction; cases: ProgrammeCaseComparison[]; day: string }) {
  const failures = cases.filter((c) => c.failure)
  const changed = cases.filter((c) => c.before !== c.after)
  const outcome = (o: string | null) => (o ? t(`outcomes.${o}`) : t('programmes.review.no_before'))
  return (
    <>
      <h2 className="mb-2 text-xl font-bold">{t('review.cases', { count: cases.length })}</h2>
      {cases.length === 0 ? (
        <p className="mb-6">{t('programmes.review.cases_none')}</p>
      ) : (
        <>
          <p className="mb-2">{t('review.cases_intro', { day })}</p>
          <p className="mb-2 font-bold" role="status">
            {t('review.changed', { count: changed.length })} {t('review.failures', { count: failures.length })}
          </p>
          <div className="mb-6 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('review.cases', { count: cases.length })}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  {['case', 'before', 'after', 'expectation'].map((c) => (
                    <th key={c} scope="col" className="p-2">
                      {t(`review.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...new Set([...failures, ...changed])].map((c) => (
                  <tr key={`${c.source}-${c.name}`} className="border-b border-gray-300 align-top">
                    <th scope="row" className="p-2 font-normal">
                      {c.name} <span className="text-gray-700">({t(`review.sources.${c.source}`)})</span>
                    </th>
                    <td className="p-2">{outcome(c.before)}</td>
                    <td className="p-2">{outcome(c.after)}</td>
                    <td className="p-2">{c.failure ?? t('review.ok')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  )
}

/** The impact replay, every count through the statistics' suppression. */
export function ImpactTable({ t, rows, month }: { t: TFunction; rows: ShownImpactRow[]; month: string }) {
  const cell = (c: ShownCell) =>
    c.kind === 'count' ? c.value : c.kind === 'small' ? t('review.small') : t('review.hidden')
  return (
    <>
      <h2 className="mb-2 text-xl font-bold">{t('review.impact_month', { month })}</h2>
      <p className="mb-2">{t('review.impact_intro')}</p>
      <p className="mb-2">{t('programmes.review.impact_intro')}</p>
      <p className="mb-2">{t('review.impact_suppressed')}</p>
      {rows.length === 0 ? (
        <p className="mb-6">{t('review.no_outcomes')}</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="programme-impact">
            <caption className="sr-only">{t('review.impact_month', { month })}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                {['host', 'nationality', 'total', 'changed', 'unchanged', 'cannot_tell'].map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {t(`review.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.hostCountry}-${r.nationality}`} className="border-b border-gray-300">
                  <td className="p-2">{t(`countries.${r.hostCountry}`, { defaultValue: r.hostCountry })}</td>
                  <td className="p-2">{r.nationality}</td>
                  <td className="p-2">{cell(r.total)}</td>
                  <td className="p-2">{cell(r.changed)}</td>
                  <td className="p-2">{cell(r.unchanged)}</td>
                  <td className="p-2">{cell(r.cannotTell)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
