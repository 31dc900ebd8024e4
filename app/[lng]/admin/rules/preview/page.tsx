import { requireRole } from '@/lib/auth'
import { loadHistory } from '@/lib/db/rule-versions'
import { getT } from '@/lib/i18n/server'
import { answersSchema, isoDay } from '@/lib/rules/answers'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'

import { Field, Notice, Submit, Title } from '../../_components/ui'
import { languageOf } from '../../_lib/params'
import { AnswerFields, answersFromForm } from '../_components/answers-form'
import { EvaluationView } from '../_components/evaluation-view'

// "As of" preview: the rules published in the database, on any day (a GET form: works without JavaScript).
export default async function PreviewPage({ params, searchParams }: PageProps<'/[lng]/admin/rules/preview'>) {
  const lng = await languageOf(params)
  await requireRole('viewer', lng)
  const t = getT(lng, 'admin')
  const q = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
  )
  const asOf = q.get('asOf') || todayIso()
  const submitted = q.has('hostCountry')
  const answers = answersSchema.safeParse(answersFromForm(q))
  const day = isoDay.safeParse(asOf)
  const evaluation =
    submitted && answers.success && day.success ? evaluate(await loadHistory(), answers.data, asOf) : null
  return (
    <>
      <Title>{t('preview.title')}</Title>
      <p className="mb-4">{t('preview.intro')}</p>
      {submitted && (!answers.success || !day.success) && (
        <Notice kind="error">
          {t('preview.invalid', {
            fields: [
              ...(day.success ? [] : ['asOf']),
              ...(answers.success ? [] : answers.error.issues.map((i) => i.path.join('.'))),
            ].join(', '),
          })}
        </Notice>
      )}
      <form method="get" className="mb-6">
        <Field name="asOf" type="date" label={t('preview.asOf')} defaultValue={asOf} required />
        <AnswerFields t={t} values={q} />
        <Submit>{t('preview.submit')}</Submit>
      </form>
      {evaluation && <EvaluationView t={t} evaluation={evaluation} />}
    </>
  )
}
