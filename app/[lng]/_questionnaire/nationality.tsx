import { FieldError } from '@/components/ui/field-error'
import { ListFilter } from '@/components/ui/list-filter'
import { countryName } from '@/lib/i18n/format'
import { NO_NATIONALITY } from '@/lib/questionnaire/region'
import { countryCodes } from '@/lib/rules/countries'
import { namedNationalities } from '@/lib/rules/lookups'

import { previous, type QuestionProps } from './types'

/** A plain select (works everywhere), the nationalities the rules name first; a filter box when JS runs. */
export function Nationality({ lng, t, draft, version, flash, errors }: QuestionProps) {
  const host = draft.hostCountry!
  const named = namedNationalities(version, host)
  const byName = (a: string, b: string) =>
    countryName(lng, a).localeCompare(countryName(lng, b), lng === 'ht' ? 'fr' : lng)
  const others = countryCodes.filter((c) => !named.includes(c)).sort(byName)
  const error = errors.nationality
  const describedBy = ['nationality-hint', error && 'nationality-error'].filter(Boolean).join(' ')
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">
        <label htmlFor="nationality">{t('nationality.title')}</label>
      </h1>
      <p id="nationality-hint" className="mb-3 text-gray-700">
        {t('nationality.hint')}
      </p>
      <FieldError id="nationality-error" text={error} />
      <ListFilter selectId="nationality" label={t('nationality.search')} hint={t('nationality.searchHint')} />
      <select
        id="nationality"
        name="nationality"
        defaultValue={previous(flash, 'nationality', draft.stateless ? NO_NATIONALITY : draft.nationality) ?? ''}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="block min-h-11 w-full border-2 border-gray-800 bg-white px-2 text-lg"
      >
        <option value="">{t('nationality.choose')}</option>
        <option value={NO_NATIONALITY}>{t('nationality.stateless')}</option>
        <optgroup label={t('nationality.named', { country: t(`host-country.options.${host}`) })}>
          {[...named].sort(byName).map((c) => (
            <option key={c} value={c}>
              {countryName(lng, c)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('nationality.all')}>
          {others.map((c) => (
            <option key={c} value={c}>
              {countryName(lng, c)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  )
}
