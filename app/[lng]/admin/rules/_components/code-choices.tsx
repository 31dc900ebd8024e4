// A list field of fixed codes (the statuses a period is limited to) as checkboxes: works without JavaScript,
// one tab stop per code, and the group has its own legend and hint.
import type { TFunction } from 'i18next'

/** Checkboxes named `name` (the server action joins the ticked values); errors of the list or of one code. */
export function CodeChoices({
  t,
  id,
  name,
  label,
  hint,
  options,
  checked,
  error,
}: {
  t: TFunction
  id: string
  name: string
  label: string
  hint: string
  options: readonly string[]
  checked: readonly string[]
  error?: string
}) {
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <fieldset id={id} className="mb-4 sm:col-span-2" aria-describedby={described}>
      <legend className="mb-1 font-bold">{label}</legend>
      <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-red-800">
          {t(`validation.${error}`, { defaultValue: t('validation.invalid') })}
        </p>
      )}
      <div className="flex flex-wrap gap-x-4">
        {options.map((code) => (
          <div key={code} className="flex min-h-11 items-center gap-2">
            <input
              id={`${id}-${code}`}
              type="checkbox"
              name={name}
              value={code}
              defaultChecked={checked.includes(code)}
              className="h-6 w-6"
            />
            <label htmlFor={`${id}-${code}`}>{t(`options.${code}`, { defaultValue: code })}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
