// The programme form, for a new programme and for a draft of an existing one (server component, no JavaScript).
import type { TFunction } from 'i18next'

import { formLanguages, type ProgrammeFormValues } from '@/lib/admin/programme-form'
import { hostCountries } from '@/lib/rules/answers'
import { blockSchema } from '@/lib/rules/programmes/blocks'

import { Field } from '../../_components/ui'

const box = 'block w-full rounded border-2 border-gray-700 px-3 py-2 font-mono text-sm'
const kinds = ['third-country-pathway', 'host-country-regularization', 'referral-only'] as const
const blockIds = blockSchema.options.map((o) => o.shape.id.value).join(', ')

/** A labelled JSON text area with its hint. */
function JsonArea({
  name,
  label,
  hint,
  value,
  rows = 6,
}: {
  name: string
  label: string
  hint: string
  value: string
  rows?: number
}) {
  return (
    <div className="mb-4">
      <label htmlFor={`f-${name}`} className="mb-1 block font-bold">
        {label}
      </label>
      <p id={`f-${name}-hint`} className="mb-1 text-sm text-gray-700">
        {hint}
      </p>
      <textarea
        id={`f-${name}`}
        name={name}
        rows={rows}
        defaultValue={value}
        aria-describedby={`f-${name}-hint`}
        className={box}
        spellCheck={false}
      />
    </div>
  )
}

/** Every field of a programme draft; `values` pre-fills them. */
export function ProgrammeFields({ t, values, note }: { t: TFunction; values: ProgrammeFormValues; note: string }) {
  const language = (l: string) => t(`programmes.languages.${l}`)
  return (
    <>
      <div className="mb-4">
        <label htmlFor="f-kind" className="mb-1 block font-bold">
          {t('programmes.form.kind')}
        </label>
        <select
          id="f-kind"
          name="kind"
          defaultValue={values.kind || kinds[1]}
          className="block min-h-11 w-full rounded border-2 border-gray-700 px-2"
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`programmes.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="mb-4">
        <legend className="mb-1 font-bold">{t('programmes.form.hosts')}</legend>
        {hostCountries.map((c) => (
          <label key={c} className="mr-4 inline-flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="hostCountries"
              value={c}
              defaultChecked={values.hostCountries.includes(c)}
              className="h-6 w-6"
            />
            {t(`countries.${c}`)}
          </label>
        ))}
      </fieldset>
      <Field name="officialName" label={t('programmes.form.official')} defaultValue={values.officialName} />
      <div className="mb-4">
        <label htmlFor="f-officialLanguage" className="mb-1 block font-bold">
          {t('programmes.form.official_language')}
        </label>
        <select
          id="f-officialLanguage"
          name="officialLanguage"
          defaultValue={values.officialLanguage}
          className="block min-h-11 w-full rounded border-2 border-gray-700 px-2"
        >
          {['es', 'en', 'fr'].map((l) => (
            <option key={l} value={l}>
              {language(l)}
            </option>
          ))}
        </select>
      </div>
      {formLanguages.map((l) => (
        <div key={l} className="grid gap-x-4 sm:grid-cols-2">
          <Field
            name={`name.${l}`}
            label={t('programmes.form.name', { language: language(l) })}
            defaultValue={String(values.name[l] ?? '')}
          />
          <Field
            name={`description.${l}`}
            label={t('programmes.form.description', { language: language(l) })}
            defaultValue={String(values.description[l] ?? '')}
          />
        </div>
      ))}
      <JsonArea
        name="facts"
        label={t('programmes.form.facts')}
        hint={t('programmes.form.facts_hint')}
        value={values.facts}
        rows={4}
      />
      <JsonArea
        name="links"
        label={t('programmes.form.links')}
        hint={t('programmes.form.links_hint')}
        value={values.links}
        rows={4}
      />
      <JsonArea
        name="identifiedBy"
        label={t('programmes.form.identified_by')}
        hint={t('programmes.form.identified_by_hint')}
        value={values.identifiedBy}
        rows={3}
      />
      <JsonArea
        name="version"
        label={t('programmes.form.version')}
        hint={t('programmes.form.version_hint', { blocks: blockIds })}
        value={values.version}
        rows={16}
      />
      <Field name="note" label={t('programmes.form.note')} defaultValue={note} />
    </>
  )
}
