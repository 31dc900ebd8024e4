// Try a programme with answers, evaluated with the programme exactly as screenings use it now (a GET form).
import type { TFunction } from 'i18next'

import { answersSchema, isoDay } from '@/lib/rules/answers'
import { todayIso } from '@/lib/rules/dates'
import { evaluateProgramme } from '@/lib/rules/programmes/evaluate'
import type { Programme } from '@/lib/rules/programmes/programme'

import { Field, Submit } from '../../_components/ui'
import { AnswerFields, answersFromForm, factsFromForm } from '../../rules/_components/answers-form'

type Query = Record<string, string | string[] | undefined>

/** The try-out form and its outcome. */
export function TryProgramme({ t, programme, query }: { t: TFunction; programme: Programme; query: Query }) {
  const q = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
  const asOf = q.get('asOf') || todayIso()
  const answers = answersSchema.safeParse({ ...answersFromForm(q), ...factsFromForm(q.get('facts') ?? '') })
  const day = isoDay.safeParse(asOf)
  const result =
    q.has('hostCountry') && answers.success && day.success ? evaluateProgramme(programme, answers.data, asOf) : null
  return (
    <section aria-labelledby="try-title">
      <h2 id="try-title" className="mb-2 text-xl font-bold">
        {t('programmes.detail.try')}
      </h2>
      <p className="mb-2">{t('programmes.detail.try_intro')}</p>
      <form method="get" className="mb-4">
        <Field name="asOf" type="date" label={t('preview.asOf')} defaultValue={asOf} required />
        <AnswerFields t={t} values={q} />
        <Field
          name="facts"
          label={t('programmes.detail.facts')}
          hint={t('programmes.detail.facts_hint')}
          defaultValue={q.get('facts') ?? ''}
        />
        <Submit>{t('programmes.detail.try_submit')}</Submit>
      </form>
      {q.has('hostCountry') && !result && (
        <p role="alert">
          {t('preview.invalid', {
            fields: [
              ...(day.success ? [] : ['asOf']),
              ...(answers.success ? [] : answers.error.issues.map((i) => i.path.join('.'))),
            ].join(', '),
          })}
        </p>
      )}
      {result && (
        <p role="status" className="font-bold" data-testid="try-outcome">
          {t('programmes.detail.try_outcome', { day: asOf, outcome: t(`outcomes.${result.outcome}`) })}
        </p>
      )}
    </section>
  )
}
