import { FieldError } from './field-error'

interface Choice {
  value: string
  label: string
  hint?: string
  /** Drawn after a divider ("or"), for answers such as "None of these". */
  exclusive?: boolean
}

interface Props {
  type: 'radio' | 'checkbox'
  name: string
  legend: string
  hint?: string
  choices: Choice[]
  checked: string[]
  error?: string
  dividerText?: string
}

/** A fieldset of radios or checkboxes whose legend is the page heading (one question per page). */
export function ChoiceList({ type, name, legend, hint, choices, checked, error, dividerText }: Props) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined
  const firstExclusive = choices.findIndex((c) => c.exclusive)
  return (
    <fieldset aria-describedby={describedBy} className={error ? 'border-l-4 border-red-700 pl-3' : ''}>
      <legend className="mb-2">
        <h1 className="text-2xl font-bold">{legend}</h1>
      </legend>
      {hint && (
        <p id={`${name}-hint`} className="mb-3 text-gray-700">
          {hint}
        </p>
      )}
      <FieldError id={`${name}-error`} text={error} />
      <div className="space-y-1">
        {choices.map((c, i) => {
          // The first choice takes the field's name as id (the error summary links to it); its hint gets its
          // own id, never the question hint's `${name}-hint`.
          const id = i === 0 ? name : `${name}-${c.value}`
          return (
            <div key={c.value}>
              {i === firstExclusive && dividerText && <p className="my-2 text-gray-700">{dividerText}</p>}
              <div className="flex items-start gap-3">
                <input
                  type={type}
                  name={name}
                  value={c.value}
                  defaultChecked={checked.includes(c.value)}
                  id={id}
                  className="mt-2.5 h-6 w-6 shrink-0 accent-brand"
                  aria-describedby={c.hint ? `${id}-choice-hint` : undefined}
                />
                <div>
                  <label htmlFor={id} className="block min-h-11 cursor-pointer py-2 font-medium">
                    {c.label}
                  </label>
                  {c.hint && (
                    <p id={`${id}-choice-hint`} className="-mt-2 pb-2 text-sm text-gray-700">
                      {c.hint}
                    </p>
                  )}
                </div>
              </div>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
