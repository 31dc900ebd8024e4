import { DateFields } from '@/components/ui/date-fields'
import { monthNames } from '@/lib/i18n/format'
import { dateParts } from '@/lib/questionnaire/date-parts'
import { hostParams } from '@/lib/questionnaire/explain'

import { previous, type QuestionProps } from './types'

export function ArrivalDate({ lng, t, draft, flash, errors }: QuestionProps) {
  const host = draft.hostCountry!
  const saved = dateParts(draft.arrivalDate)
  return (
    <fieldset aria-describedby="arrival-hint">
      <legend className="mb-2">
        <h1 className="text-2xl font-bold">{t('arrival-date.title', hostParams(t, host))}</h1>
      </legend>
      <p id="arrival-hint" className="mb-3 text-gray-700">
        {t('arrival-date.hint')}
      </p>
      <DateFields
        prefix="arrival"
        months={monthNames(lng)}
        errors={errors}
        labels={{ day: t('arrival-date.day'), month: t('arrival-date.month'), year: t('arrival-date.year') }}
        values={{
          day: previous(flash, 'arrival-day', saved.day),
          month: previous(flash, 'arrival-month', saved.month),
          year: previous(flash, 'arrival-year', saved.year),
        }}
      />
    </fieldset>
  )
}
