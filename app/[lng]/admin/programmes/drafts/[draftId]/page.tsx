import { notFound } from 'next/navigation'

import { draftParts } from '@/lib/admin/programme-candidate'
import { getProgrammeDraft, programmeFromDraft } from '@/lib/admin/programme-drafts'
import { programmeFormValues } from '@/lib/admin/programme-form'
import { requireRole } from '@/lib/auth'
import { getT } from '@/lib/i18n/server'
import { todayIso } from '@/lib/rules/dates'

import { Notice, Submit, Title } from '../../../_components/ui'
import { languageOf, one } from '../../../_lib/params'
import { ProgrammeFields } from '../../_components/programme-form'
import { discardProgrammeDraft, saveProgrammeDraft } from '../../actions'
import { DraftIssues } from './draft-issues'

// Edit a programme draft: the whole programme in one form, saved as typed; what is not valid yet is listed.
export default async function ProgrammeDraftPage({
  params,
  searchParams,
}: PageProps<'/[lng]/admin/programmes/drafts/[draftId]'>) {
  const lng = await languageOf(params)
  await requireRole('editor', lng)
  const { draftId } = await params
  const draft = await getProgrammeDraft(draftId)
  if (!draft) notFound()
  const t = getT(lng, 'admin')
  const done = one((await searchParams).done)
  const open = ['open', 'approved'].includes(draft.status)
  const check = programmeFromDraft(draft, todayIso(), 'draft-preview')
  return (
    <>
      <Title>{t('programmes.form.edit_title', { programme: draft.programme })}</Title>
      {done && ['saved', 'created'].includes(done) && <Notice kind="success">{t(`programmes.form.${done}`)}</Notice>}
      {!open && <Notice kind="error">{t('programmes.form.problems.not_open')}</Notice>}
      {draft.newProgramme && <p className="mb-4">{t('programmes.review.new')}</p>}
      <DraftIssues t={t} issues={check.issues} unverified={check.unverified} />
      <p className="mb-4">
        <a href={`/${lng}/admin/programmes/drafts/${draft.id}/review`}>{t('programmes.form.review')}</a>
      </p>
      {open && (
        <>
          <form action={saveProgrammeDraft.bind(null, lng, draft.id)} className="mb-6">
            <ProgrammeFields t={t} values={programmeFormValues(draftParts(draft.document))} note={draft.note} />
            <Submit>{t('programmes.form.save')}</Submit>
          </form>
          <form action={discardProgrammeDraft.bind(null, lng, draft.id)}>
            <Submit variant="danger">{t('programmes.form.discard')}</Submit>
          </form>
        </>
      )}
    </>
  )
}
