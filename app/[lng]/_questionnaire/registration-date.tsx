import { DateFields } from '@/components/ui/date-fields'
import { monthNames } from '@/lib/i18n/format'
import { dateParts } from '@/lib/questionnaire/date-parts'
import { datedStatuses } from '@/lib/questionnaire/flow'

import { previous, type QuestionProps } from './types'

/** "When did you register?" for each chosen status whose acceptance depends on that date. */
export function RegistrationDate({ lng, t, draft, screening, flash, errors }: QuestionProps) {
  const months = monthNames(lng)
  const labels = { day: t('arrival-date.day'), month: t('arrival-date.month'), year: t('arrival-date.year') }
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('registration-date.title')}</h1>
      <p className="mb-3 text-gray-700">{t('registration-date.hint')}</p>
      {datedStatuses(draft, screening).map(({ code, since }) => {
        const saved = dateParts(since)
        const unsure = flash ? Boolean(flash.values[`${code}-unsure`]) : since === 'unsure'
        return (
          <fieldset key={code} className="mb-6">
            <input type="hidden" name={`${code}-present`} value="1" />
            <legend className="mb-2 text-xl font-bold">{t(`registration-date.legend.${code}`)}</legend>
            <DateFields
              prefix={code}
              months={months}
              labels={labels}
              errors={errors}
              values={{
                day: previous(flash, `${code}-day`, saved.day),
                month: previous(flash, `${code}-month`, saved.month),
                year: previous(flash, `${code}-year`, saved.year),
              }}
            />
            <label className="mt-2 flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                name={`${code}-unsure`}
                value="1"
                defaultChecked={unsure}
                className="h-6 w-6 accent-brand"
              />
              {t('registration-date.unsure')}
            </label>
          </fieldset>
        )
      })}
    </div>
  )
}
