import { programmeFormValues } from '@/lib/admin/programme-form'
import { successorTemplate } from '@/lib/admin/programme-template'
import { requireRole } from '@/lib/auth'
import { getT } from '@/lib/i18n/server'
import { todayIso } from '@/lib/rules/dates'

import { Field, Notice, Submit, Title } from '../../_components/ui'
import { languageOf, one } from '../../_lib/params'
import { ProgrammeFields } from '../_components/programme-form'
import { createProgramme } from '../actions'

// A new programme from the building blocks, pre-filled with a template (a successor to Safe Mobility in one
// host country) whose every value still needs its source: the draft's checks say what is missing.
export default async function NewProgrammePage({ params, searchParams }: PageProps<'/[lng]/admin/programmes/new'>) {
  const lng = await languageOf(params)
  await requireRole('editor', lng)
  const t = getT(lng, 'admin')
  const error = one((await searchParams).error)
  return (
    <>
      <Title>{t('programmes.form.new_title')}</Title>
      <p className="mb-4">{t('programmes.form.intro')}</p>
      {error && ['invalid_id', 'programme_exists'].includes(error) && (
        <Notice kind="error">{t(`programmes.form.problems.${error}`)}</Notice>
      )}
      <form action={createProgramme.bind(null, lng)} className="mb-6">
        <Field name="id" label={t('programmes.form.id')} hint={t('programmes.form.id_hint')} required />
        <ProgrammeFields t={t} values={programmeFormValues(successorTemplate(todayIso()))} note="" />
        <Submit>{t('programmes.form.create')}</Submit>
      </form>
    </>
  )
}
