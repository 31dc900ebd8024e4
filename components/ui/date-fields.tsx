import { FieldError } from './field-error'

interface Props {
  prefix: string
  labels: { day: string; month: string; year: string }
  months: string[]
  values: { day?: string; month?: string; year?: string }
  errors: Record<string, string | undefined>
}

/** Day, month (named, to avoid 11/06 vs 06/11) and year fields; the day may stay empty. */
export function DateFields({ prefix, labels, months, values, errors }: Props) {
  const error = errors[`${prefix}-day`] ?? errors[`${prefix}-month`] ?? errors[`${prefix}-year`]
  const errorId = `${prefix}-error`
  const input = 'border-2 border-gray-800 rounded-none min-h-11 px-2 text-lg'
  const invalid = (part: string) => (errors[`${prefix}-${part}`] ? 'border-red-700' : '')
  return (
    <div>
      <FieldError id={errorId} text={error} />
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor={`${prefix}-day`} className="block font-medium">
            {labels.day}
          </label>
          <input
            id={`${prefix}-day`}
            name={`${prefix}-day`}
            inputMode="numeric"
            maxLength={2}
            autoComplete="off"
            defaultValue={values.day}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={errors[`${prefix}-day`] ? true : undefined}
            className={`${input} w-16 ${invalid('day')}`}
          />
        </div>
        <div>
          <label htmlFor={`${prefix}-month`} className="block font-medium">
            {labels.month}
          </label>
          <select
            id={`${prefix}-month`}
            name={`${prefix}-month`}
            defaultValue={values.month ?? ''}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={errors[`${prefix}-month`] ? true : undefined}
            className={`${input} bg-white ${invalid('month')}`}
          >
            <option value="">—</option>
            {months.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}-year`} className="block font-medium">
            {labels.year}
          </label>
          <input
            id={`${prefix}-year`}
            name={`${prefix}-year`}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            defaultValue={values.year}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={errors[`${prefix}-year`] ? true : undefined}
            className={`${input} w-24 ${invalid('year')}`}
          />
        </div>
      </div>
    </div>
  )
}
