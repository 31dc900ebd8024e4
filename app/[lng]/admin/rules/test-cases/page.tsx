import { listProgrammeDrafts } from '@/lib/admin/programme-drafts'
import { savedCases } from '@/lib/admin/test-cases'
import { requireRole } from '@/lib/auth'
import { screeningProgrammes } from '@/lib/db/programmes'
import { getT } from '@/lib/i18n/server'
import { todayIso } from '@/lib/rules/dates'
import { outcomes } from '@/lib/rules/evaluation'

import { Field, Notice, Submit, Title } from '../../_components/ui'
import { languageOf, one } from '../../_lib/params'
import { AnswerFields } from '../_components/answers-form'
import { addTestCase, removeTestCase } from '../actions'

export default async function TestCasesPage({ params, searchParams }: PageProps<'/[lng]/admin/rules/test-cases'>) {
  const lng = await languageOf(params)
  await requireRole('editor', lng)
  const t = getT(lng, 'admin')
  const q = await searchParams
  const [cases, programmes, drafts] = await Promise.all([savedCases(), screeningProgrammes(), listProgrammeDrafts()])
  // A programme an open draft is creating can get its cases before it is published.
  const programmeIds = [
    ...new Set([...programmes.map((p) => p.id), ...drafts.filter((d) => d.newProgramme).map((d) => d.programme)]),
  ]
  const done = one(q.done)
  return (
    <>
      <Title>{t('cases.title')}</Title>
      <p className="mb-4">{t('cases.intro')}</p>
      {one(q.error) && <Notice kind="error">{t('cases.invalid', { fields: one(q.error) })}</Notice>}
      {done && ['saved', 'deleted'].includes(done) && <Notice kind="success">{t(`cases.done.${done}`)}</Notice>}
      <form action={addTestCase.bind(null, lng)} className="mb-8 border-2 border-gray-300 p-4">
        <h2 className="mb-2 text-xl font-bold">{t('cases.add')}</h2>
        <Field name="name" label={t('cases.name')} required />
        <Field name="asOf" type="date" label={t('preview.asOf')} defaultValue={todayIso()} required />
        <div className="mb-4">
          <label htmlFor="f-programme" className="mb-1 block font-bold">
            {t('programmes.col.programme')}
          </label>
          <select id="f-programme" name="programme" className="block min-h-11 rounded border-2 border-gray-700 px-2">
            {programmeIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
        <AnswerFields t={t} values={new URLSearchParams()} />
        <Field name="facts" label={t('programmes.detail.facts')} hint={t('programmes.detail.facts_hint')} />
        <div className="mb-4">
          <label htmlFor="f-expected" className="mb-1 block font-bold">
            {t('cases.expected')}
          </label>
          <select id="f-expected" name="expected" className="block min-h-11 rounded border-2 border-gray-700 px-2">
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <Submit>{t('cases.save')}</Submit>
      </form>
      <h2 className="mb-2 text-xl font-bold">{t('cases.saved', { count: cases.length })}</h2>
      <ul className="space-y-2">
        {cases.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2 border-b border-gray-300 pb-2">
            <span className="flex-1">
              {c.name} ({c.programme}): {c.answers.hostCountry}/{c.answers.nationality}, {c.asOf} →{' '}
              <strong>{t(`outcomes.${c.expected.outcome}`)}</strong> ({c.createdByEmail})
            </span>
            <form action={removeTestCase.bind(null, lng, c.id)}>
              <Submit variant="secondary">{t('cases.delete', { name: c.name })}</Submit>
            </form>
          </li>
        ))}
      </ul>
    </>
  )
}
