'use client'
import { useActionState } from 'react'

import type { IssueCodeState } from '../actions'

interface Labels {
  label: string
  labelHint: string
  issue: string
  issued: string
  issuedHint: string
  error: string
}

/**
 * Issues an access code and shows it once: the code lives only in this form's state (the action's answer),
 * never in a URL, a cookie, the audit log or the database; a reload shows nothing. Works without JavaScript too.
 */
export function IssueCodeForm({
  action,
  id,
  labels,
}: {
  action: (prev: IssueCodeState, form: FormData) => Promise<IssueCodeState>
  id: string
  labels: Labels
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const field = `label-${id}`
  return (
    <form action={formAction} className="max-w-md">
      <div aria-live="polite">
        {state.code && (
          <div role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-3">
            <p className="font-bold">{labels.issued.replace('{{label}}', state.label ?? '')}</p>
            <p className="font-mono text-2xl font-bold tracking-widest" data-testid="issued-code">
              {state.code}
            </p>
            <p>{labels.issuedHint}</p>
          </div>
        )}
      </div>
      <label htmlFor={field} className="mb-1 block font-bold">
        {labels.label}
      </label>
      <p id={`${field}-hint`} className="mb-1 text-sm text-gray-700">
        {labels.labelHint}
      </p>
      {state.error && (
        <p id={`${field}-error`} role="alert" className="mb-1 font-bold text-red-800">
          {labels.error}
        </p>
      )}
      <input
        id={field}
        name="label"
        type="text"
        autoComplete="off"
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? `${field}-hint ${field}-error` : `${field}-hint`}
        className="mb-4 block min-h-11 w-full rounded border-2 border-gray-700 px-3 py-2"
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded border-2 border-brand bg-white px-4 py-2 font-bold text-brand"
      >
        {labels.issue}
      </button>
    </form>
  )
}
