import { notFound } from 'next/navigation'

import { hasWorkedOn } from '@/lib/admin/approval'
import { compareCases } from '@/lib/admin/compare'
import { draftChanges } from '@/lib/admin/draft-changes'
import { draftHash } from '@/lib/admin/draft-hash'
import { getDraft, versionFromDraft } from '@/lib/admin/drafts'
import { impactOf } from '@/lib/admin/impact'
import { impactMonth, impactMonths } from '@/lib/admin/impact-window'
import { savedCases, shippedCases } from '@/lib/admin/test-cases'
import { hasRole, requireRole } from '@/lib/auth'
import { loadHistory } from '@/lib/db/rule-versions'
import { countryName } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'
import { isCalendarDay } from '@/lib/rules/calendar-day'
import { todayIso } from '@/lib/rules/dates'
import type { ShownCell } from '@/lib/stats/suppress'

import { Field, Notice, Submit, Title } from '../../../../_components/ui'
import { languageOf, one } from '../../../../_lib/params'
import { pathText } from '../../../_components/path-text'
import { approve, publish } from '../../../actions'

// Checks before approving and publishing (docs/decisions/0006-admin-area.md): test cases that decide differently,
// and the impact on stored outcomes.

const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v))
export default async function ReviewPage({ params, searchParams }: PageProps<'/[lng]/admin/rules/drafts/[id]/review'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('editor', lng)
  const { id } = await params
  const draft = await getDraft(id)
  if (!draft) notFound()
  const t = getT(lng, 'admin')
  const q = await searchParams
  const today = todayIso()
  const wanted = one(q.effectiveFrom)
  const effectiveFrom = isCalendarDay(wanted) ? wanted : today
  const month = impactMonth(one(q.month))
  const { version, problems, unverified } = versionFromDraft(draft, effectiveFrom, 'draft-preview')
  const history = await loadHistory()
  const cases = version
    ? compareCases(history, version, [
        ...shippedCases().map((c) => ({ ...c, source: 'shipped' as const })),
        ...(await savedCases('safe-mobility')).map((c) => ({ ...c, source: 'saved' as const })),
      ])
    : []
  const changed = cases.filter((c) => c.before !== c.after || c.changedCriteria.length > 0)
  const failures = cases.filter((c) => c.failure)
  const impact = version ? await impactOf(history, version, month) : []
  const ownWork = await hasWorkedOn(id, draft.authorId, admin.id)
  const errors = (one(q.error) ?? '').split(',').filter(Boolean)
  const approver = hasRole(admin.role, 'approver') && !ownWork
  const canApprove = approver && draft.status === 'open' && problems.length === 0
  const canPublish = approver && draft.status === 'approved'
  const done = one(q.done)
  const cell = (c: ShownCell) =>
    c.kind === 'count' ? c.value : c.kind === 'small' ? t('review.small') : t('review.hidden')
  const edits = draftChanges(draft.base, draft.document)
  return (
    <>
      <Title>{t('review.title', { note: draft.note || t('rules.untitled') })}</Title>
      <p className="mb-4">
        <a href={`/${lng}/admin/rules/drafts/${id}`}>{t('review.back')}</a>
      </p>
      {errors.length > 0 && (
        <Notice kind="error">
          <ul>
            {errors.map((e) => (
              <li key={e}>{t(`review.problems.${e}`, { defaultValue: e })}</li>
            ))}
          </ul>
        </Notice>
      )}
      {problems.length > 0 && (
        <Notice kind="error">
          <p>{t('review.not_ready')}</p>
          <ul className="list-disc pl-6">
            {problems.map((p) => (
              <li key={p}>{t(`review.problems.${p}`)}</li>
            ))}
          </ul>
          {unverified.length > 0 && <p className="text-sm font-normal break-all">{unverified.join(', ')}</p>}
        </Notice>
      )}
      {done && ['approved', 'rollback_started'].includes(done) && (
        <Notice kind="success">{t(`review.done.${done}`)}</Notice>
      )}
      {draft.rollbackOf && <p className="mb-4">{t('review.rollback_of', { version: draft.rollbackOf })}</p>}
      <h2 className="mb-2 text-xl font-bold">{t('review.edits.title', { count: edits.length })}</h2>
      {edits.length === 0 ? (
        <p className="mb-6">{t('review.edits.none')}</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="draft-changes">
            <caption className="sr-only">{t('review.edits.title', { count: edits.length })}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                {['where', 'before', 'after', 'source'].map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {t(`review.edits.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {edits.map((e) => (
                <tr key={e.path} className="border-b border-gray-300 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {pathText(t, lng, draft.document, e.path)}
                  </th>
                  <td className="p-2">{shown(e.before)}</td>
                  <td className="p-2 font-bold">{shown(e.after)}</td>
                  <td className="p-2 break-all">
                    {typeof e.source?.url === 'string' && e.source.url ? (
                      <a href={e.source.url}>{shown(e.source.title) || e.source.url}</a>
                    ) : (
                      '—'
                    )}
                    {typeof e.verifiedOn === 'string' && (
                      <span className="block text-gray-700">{t('review.edits.verified', { date: e.verifiedOn })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <Field name="effectiveFrom" type="date" label={t('review.effective')} defaultValue={effectiveFrom} />
        <div className="mb-4">
          <label htmlFor="impact-month" className="mb-1 block font-bold">
            {t('review.month')}
          </label>
          <select
            id="impact-month"
            name="month"
            defaultValue={month.month}
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

      <h2 className="mb-2 text-xl font-bold">{t('review.cases', { count: cases.length })}</h2>
      <p className="mb-2">{t('review.cases_intro', { day: effectiveFrom })}</p>
      <p className="mb-2 font-bold" role="status">
        {t('review.changed', { count: changed.length })} {t('review.failures', { count: failures.length })}
      </p>
      {(changed.length > 0 || failures.length > 0) && (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('review.cases', { count: cases.length })}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                {['case', 'before', 'after', 'criteria', 'expectation'].map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {t(`review.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...new Set([...changed, ...failures])].map((c) => (
                <tr key={`${c.source}-${c.name}`} className="border-b border-gray-300 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {c.name} <span className="text-gray-700">({t(`review.sources.${c.source}`)})</span>
                  </th>
                  <td className="p-2">{t(`outcomes.${c.before}`)}</td>
                  <td className="p-2">
                    {c.before !== c.after ? <strong>{t(`outcomes.${c.after}`)}</strong> : t(`outcomes.${c.after}`)}
                  </td>
                  <td className="p-2">{c.changedCriteria.join(', ')}</td>
                  <td className="p-2">{c.failure ?? t('review.ok')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="mb-2 text-xl font-bold">{t('review.impact_month', { month: month.month })}</h2>
      <p className="mb-2">{t('review.impact_intro')}</p>
      <p className="mb-2">{t('review.impact_suppressed')}</p>
      {impact.length === 0 ? (
        <p className="mb-6">{t('review.no_outcomes')}</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('review.impact_month', { month: month.month })}</caption>
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
              {impact.map((r) => (
                <tr key={`${r.hostCountry}-${r.nationality}`} className="border-b border-gray-300">
                  <td className="p-2">{t(`countries.${r.hostCountry}`, { defaultValue: r.hostCountry })}</td>
                  <td className="p-2">
                    {/^[A-Z]{2}$/.test(r.nationality) ? countryName(lng, r.nationality) : r.nationality}
                  </td>
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

      <h2 className="mb-2 text-xl font-bold">{t('review.publish')}</h2>
      {ownWork && <p className="mb-4">{t('review.four_eyes')}</p>}
      {!hasRole(admin.role, 'approver') && <p className="mb-4">{t('review.needs_approver')}</p>}
      <p className="mb-4" data-testid="approval-state">
        {draft.status === 'approved' && draft.approvedAt
          ? t('review.approved_on', { date: draft.approvedAt.toISOString().slice(0, 10) })
          : t('review.not_approved')}
      </p>
      {canApprove && (
        <form action={approve.bind(null, lng, id)} className="mb-6">
          <input type="hidden" name="reviewedHash" value={draftHash(draft.document, draft.note)} />
          <p className="mb-2">{t('review.approve_intro')}</p>
          <Submit>{t('review.approve_submit')}</Submit>
        </form>
      )}
      {canPublish && (
        <form action={publish.bind(null, lng, id)}>
          <Field
            id="publish-effective"
            name="effectiveFrom"
            type="date"
            label={t('review.effective')}
            hint={t('review.effective_hint')}
            defaultValue={effectiveFrom}
            required
          />
          <Submit>{t('review.publish_submit')}</Submit>
        </form>
      )}
    </>
  )
}
