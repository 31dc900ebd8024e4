import { notFound } from 'next/navigation'

import { hasWorkedOn } from '@/lib/admin/approval'
import { draftHash } from '@/lib/admin/draft-hash'
import { programmeImpactOf } from '@/lib/admin/impact'
import { impactMonth } from '@/lib/admin/impact-window'
import { compareProgrammeCases, programmeCases } from '@/lib/admin/programme-cases'
import { getProgrammeDraft, programmeFromDraft } from '@/lib/admin/programme-drafts'
import { hasRole, requireRole } from '@/lib/auth'
import { loadHistory } from '@/lib/db/rule-versions'
import { getT } from '@/lib/i18n/server'
import { isCalendarDay } from '@/lib/rules/calendar-day'
import { todayIso } from '@/lib/rules/dates'

import { Field, Notice, Submit, Title } from '../../../../_components/ui'
import { languageOf, one } from '../../../../_lib/params'
import { approveProgrammeDraft, publishProgramme } from '../../../actions'
import { DraftIssues } from '../draft-issues'
import { CasesTable, ImpactTable, RecheckForm } from './review-tables'

// Checks before approving and publishing a programme draft: its vectors and saved cases, the impact on stored
// outcomes (through the statistics' suppression), then four eyes bound to the content hash.
export default async function ProgrammeReviewPage({
  params,
  searchParams,
}: PageProps<'/[lng]/admin/programmes/drafts/[draftId]/review'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('editor', lng)
  const { draftId: id } = await params
  const draft = await getProgrammeDraft(id)
  if (!draft) notFound()
  const t = getT(lng, 'admin')
  const q = await searchParams
  const wanted = one(q.effectiveFrom)
  const effectiveFrom = isCalendarDay(wanted) ? wanted : todayIso()
  const month = impactMonth(one(q.month))
  const { programme, problems, issues, unverified } = programmeFromDraft(draft, effectiveFrom, 'draft-preview')
  const cases = programme
    ? compareProgrammeCases(draft.current, programme, await programmeCases(draft.programme), effectiveFrom)
    : []
  const impact = programme
    ? await programmeImpactOf(await loadHistory(), draft.current, programme, effectiveFrom, month)
    : []
  const ownWork = await hasWorkedOn(id, draft.authorId, admin.id)
  const errors = (one(q.error) ?? '').split(',').filter(Boolean)
  const approver = hasRole(admin.role, 'approver') && !ownWork
  const done = one(q.done)
  return (
    <>
      <Title>{t('programmes.review.title', { programme: draft.programme })}</Title>
      <p className="mb-4">
        <a href={`/${lng}/admin/programmes/drafts/${id}`}>{t('review.back')}</a>
      </p>
      {draft.newProgramme && <p className="mb-4">{t('programmes.review.new')}</p>}
      {errors.length > 0 && (
        <Notice kind="error">
          <ul>
            {errors.map((e) => (
              <li key={e}>
                {t(`review.problems.${e}`, { defaultValue: t(`programmes.form.problems.${e}`, { defaultValue: e }) })}
              </li>
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
        </Notice>
      )}
      <DraftIssues t={t} issues={issues} unverified={unverified} />
      {done && ['approved', 'rollback_started'].includes(done) && (
        <Notice kind="success">{t(`review.done.${done}`)}</Notice>
      )}
      {draft.rollbackOf && <p className="mb-4">{t('review.rollback_of', { version: draft.rollbackOf })}</p>}
      <RecheckForm t={t} effectiveFrom={effectiveFrom} month={month.month} />
      <CasesTable t={t} cases={cases} day={effectiveFrom} />
      <ImpactTable t={t} rows={impact} month={month.month} />
      <h2 className="mb-2 text-xl font-bold">{t('review.publish')}</h2>
      {ownWork && <p className="mb-4">{t('review.four_eyes')}</p>}
      {!hasRole(admin.role, 'approver') && <p className="mb-4">{t('review.needs_approver')}</p>}
      <p className="mb-4" data-testid="approval-state">
        {draft.status === 'approved' && draft.approvedAt
          ? t('review.approved_on', { date: draft.approvedAt.toISOString().slice(0, 10) })
          : t('review.not_approved')}
      </p>
      {approver && draft.status === 'open' && problems.length === 0 && (
        <form action={approveProgrammeDraft.bind(null, lng, id)} className="mb-6">
          <input type="hidden" name="reviewedHash" value={draftHash(draft.document, draft.note)} />
          <p className="mb-2">{t('review.approve_intro')}</p>
          <Submit>{t('review.approve_submit')}</Submit>
        </form>
      )}
      {approver && draft.status === 'approved' && (
        <form action={publishProgramme.bind(null, lng, id)}>
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
