// The answers of one person, as admin form fields: for the "as of" preview and for saved test cases.
import type { TFunction } from 'i18next'

import { hostCountries, statusCodes } from '@/lib/rules/answers'

import { Field } from '../../_components/ui'

type Getter = { get(name: string): unknown }
const str = (g: Getter, name: string) => String(g.get(name) ?? '').trim()

/** Answers from form fields (validated later with answersSchema). Statuses: "ppt:2023-05-01, refugee". */
export function answersFromForm(form: Getter): Record<string, unknown> {
  const statuses = str(form, 'statuses')
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((s) => {
      const [code, since] = s.split(':')
      return since ? { code, since } : { code }
    })
  const arrivalDate = str(form, 'arrivalDate')
  return {
    hostCountry: str(form, 'hostCountry'),
    nationality: str(form, 'nationality').toUpperCase(),
    ...(arrivalDate ? { arrivalDate } : {}),
    statuses,
    adult: str(form, 'adult'),
  }
}

/** Fact answers typed as "id:yes, other:unsure" (absent when empty; validated with the answers). */
export function factsFromForm(text: string): { facts?: Record<string, string> } {
  const pairs = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 64)
  return pairs.length ? { facts: Object.fromEntries(pairs.map((p) => p.split(':') as [string, string])) } : {}
}

const select = 'block w-full min-h-11 rounded border-2 border-gray-700 px-2'

/** The answer fields; `values` pre-fills them (e.g. from the query string). */
export function AnswerFields({ t, values }: { t: TFunction; values: Getter }) {
  return (
    <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="mb-4">
        <label htmlFor="f-hostCountry" className="mb-1 block font-bold">
          {t('answers.hostCountry')}
        </label>
        <select
          id="f-hostCountry"
          name="hostCountry"
          defaultValue={str(values, 'hostCountry') || 'CO'}
          className={select}
        >
          {hostCountries.map((c) => (
            <option key={c} value={c}>
              {t(`countries.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="nationality"
        label={t('answers.nationality')}
        hint={t('answers.nationality_hint')}
        defaultValue={str(values, 'nationality') || 'VE'}
        required
      />
      <Field
        name="arrivalDate"
        label={t('answers.arrivalDate')}
        hint={t('answers.arrivalDate_hint')}
        defaultValue={str(values, 'arrivalDate')}
      />
      <Field
        name="statuses"
        label={t('answers.statuses')}
        hint={t('answers.statuses_hint', { codes: statusCodes.join(', ') })}
        defaultValue={str(values, 'statuses')}
      />
      <div className="mb-4">
        <label htmlFor="f-adult" className="mb-1 block font-bold">
          {t('answers.adult')}
        </label>
        <select id="f-adult" name="adult" defaultValue={str(values, 'adult') || 'yes'} className={select}>
          {['yes', 'no', 'unsure'].map((a) => (
            <option key={a} value={a}>
              {t(`answers.adult_${a}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
