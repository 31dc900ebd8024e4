import type { TFunction } from 'i18next'

import { FieldError } from '@/components/ui/field-error'

/** "Check for another date (for helpers)": the day whose rules apply, folded away unless it has an error. */
export function AsOfField({ t, error, value }: { t: TFunction; error?: string; value?: string }) {
  return (
    <details open={Boolean(error)} className="mb-2">
      <summary className="min-h-11 cursor-pointer py-2 text-brand underline">{t('start.asOf.summary')}</summary>
      <div className="mt-2">
        <label htmlFor="asOf" className="block font-medium">
          {t('start.asOf.label')}
        </label>
        <p id="asOf-hint" className="text-sm text-gray-700">
          {t('start.asOf.hint')}
        </p>
        <FieldError id="asOf-error" text={error} />
        <input
          id="asOf"
          name="asOf"
          type="date"
          defaultValue={value}
          aria-describedby={error ? 'asOf-hint asOf-error' : 'asOf-hint'}
          className="min-h-11 border-2 border-gray-800 px-2 text-lg"
        />
      </div>
    </details>
  )
}
