import { ChoiceList } from '@/components/ui/choice-list'
import { FieldError } from '@/components/ui/field-error'
import { countryName } from '@/lib/i18n/format'
import { OUTSIDE_REGION, regionCountries } from '@/lib/questionnaire/region'
import { hostCountries } from '@/lib/rules/answers'

import { previous, type QuestionProps } from './types'

/** The four host countries, then "another country" with the region's countries by name (a plain select). */
export function HostCountry({ lng, t, draft, flash, errors }: QuestionProps) {
  const elsewhere = previous(flash, 'elsewhere', draft.elsewhere) ?? ''
  const chosen = previous(flash, 'hostCountry', draft.hostCountry ?? (draft.elsewhere ? 'other' : undefined)) ?? ''
  const byName = (a: string, b: string) =>
    countryName(lng, a).localeCompare(countryName(lng, b), lng === 'ht' ? 'fr' : lng)
  const error = errors.elsewhere
  return (
    <div className="space-y-4" data-elsewhere>
      <ChoiceList
        type="radio"
        name="hostCountry"
        legend={t('host-country.title')}
        hint={t('host-country.hint')}
        choices={[
          ...hostCountries.map((c) => ({ value: c, label: t(`host-country.options.${c}`) })),
          { value: 'other', label: t('host-country.other') },
        ]}
        checked={[chosen]}
        error={errors.hostCountry}
      />
      <div data-elsewhere-select className={error ? 'border-l-4 border-red-700 pl-3' : 'pl-9'}>
        <label htmlFor="elsewhere" className="mb-1 block font-medium">
          {t('host-country.elsewhere')}
        </label>
        <FieldError id="elsewhere-error" text={error} />
        <select
          id="elsewhere"
          name="elsewhere"
          defaultValue={elsewhere}
          aria-describedby={error ? 'elsewhere-error' : undefined}
          aria-invalid={error ? true : undefined}
          className="block min-h-11 w-full border-2 border-gray-800 bg-white px-2"
        >
          <option value="">{t('nationality.choose')}</option>
          {[...regionCountries].sort(byName).map((c) => (
            <option key={c} value={c}>
              {countryName(lng, c)}
            </option>
          ))}
          <option value={OUTSIDE_REGION}>{t('host-country.outsideRegion')}</option>
        </select>
      </div>
    </div>
  )
}
