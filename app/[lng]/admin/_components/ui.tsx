// Small, data-free building blocks of the admin pages (server components; work without JavaScript).
import type { ReactNode } from 'react'

const inputClass = 'block w-full min-h-11 rounded border-2 border-gray-700 px-3 py-2'

/** A labelled text input; `hint` and `error` are tied to it with aria-describedby. */
export function Field(props: {
  name: string
  label: string
  type?: string
  hint?: string
  error?: string
  defaultValue?: string
  required?: boolean
  autoComplete?: string
  inputMode?: 'numeric' | 'url' | 'email'
  id?: string
}) {
  const id = props.id ?? `f-${props.name}`
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-bold">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-red-800">
          {props.error}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        required={props.required}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-describedby={described}
        aria-invalid={props.error ? true : undefined}
        className={inputClass}
      />
    </div>
  )
}

/** The one primary button of a form. */
export function Submit({
  children,
  name,
  value,
  variant = 'primary',
}: {
  children: ReactNode
  name?: string
  value?: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const colours = {
    primary: 'bg-brand text-white border-brand hover:bg-brand-dark',
    secondary: 'bg-white text-brand border-brand hover:bg-gray-100',
    danger: 'bg-red-800 text-white border-red-800 hover:bg-red-900',
  }[variant]
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`min-h-11 min-w-11 rounded border-2 px-4 py-2 font-bold ${colours}`}
    >
      {children}
    </button>
  )
}

/** A message read out when the page loads: errors (role=alert) or confirmations (role=status). */
export function Notice({ kind, children }: { kind: 'error' | 'success'; children: ReactNode }) {
  return kind === 'error' ? (
    <div role="alert" className="mb-4 border-l-8 border-red-800 bg-red-50 p-3 font-bold">
      {children}
    </div>
  ) : (
    <div role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-3">
      {children}
    </div>
  )
}

/** The page heading. */
export function Title({ children }: { children: ReactNode }) {
  return <h1 className="mb-4 text-2xl font-bold">{children}</h1>
}
