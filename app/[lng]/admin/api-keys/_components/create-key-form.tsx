'use client'
import { useActionState } from 'react'

import type { CreateKeyState } from '../actions'

interface Labels {
  client: string
  clientHint: string
  submit: string
  created: string
  createdHint: string
  error: string
}

/**
 * Creates an API key and shows it once: the key lives only in this form's state (the action's answer), never in
 * a URL, a cookie, the audit log or the database. Works without JavaScript too.
 */
export function CreateKeyForm({
  action,
  labels,
}: {
  action: (prev: CreateKeyState, form: FormData) => Promise<CreateKeyState>
  labels: Labels
}) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="mb-8 max-w-xl">
      <div aria-live="polite">
        {state.key && (
          <div role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-3">
            <p className="font-bold">{labels.created.replace('{{client}}', state.client ?? '')}</p>
            <p className="font-mono font-bold break-all" data-testid="created-key">
              {state.key}
            </p>
            <p>{labels.createdHint}</p>
          </div>
        )}
      </div>
      <label htmlFor="api-client" className="mb-1 block font-bold">
        {labels.client}
      </label>
      <p id="api-client-hint" className="mb-1 text-sm text-gray-700">
        {labels.clientHint}
      </p>
      {state.error && (
        <p id="api-client-error" role="alert" className="mb-1 font-bold text-red-800">
          {labels.error}
        </p>
      )}
      <input
        id="api-client"
        name="client"
        type="text"
        autoComplete="off"
        maxLength={60}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? 'api-client-hint api-client-error' : 'api-client-hint'}
        className="mb-4 block min-h-11 w-full rounded border-2 border-gray-700 px-3 py-2"
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded border-2 border-brand bg-white px-4 py-2 font-bold text-brand"
      >
        {labels.submit}
      </button>
    </form>
  )
}
