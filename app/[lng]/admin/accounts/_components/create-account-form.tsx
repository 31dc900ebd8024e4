'use client'
import { useActionState } from 'react'

import type { CreateAccountState } from '../actions'

interface Labels {
  email: string
  role: string
  submit: string
  link: string
  requested: string
  roles: Record<string, string>
  errors: Record<NonNullable<CreateAccountState['error']>, string>
}

/** Creates an account and shows its one-time setup link once (works without JavaScript too). */
export function CreateAccountForm({
  action,
  labels,
}: {
  action: (prev: CreateAccountState, form: FormData) => Promise<CreateAccountState>
  labels: Labels
}) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="mb-8 max-w-md">
      <div aria-live="polite">
        {state.error && (
          <p role="alert" className="mb-4 border-l-8 border-red-800 bg-red-50 p-3 font-bold">
            {labels.errors[state.error]}
          </p>
        )}
        {state.requested && (
          <p role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-3 font-bold">
            {labels.requested.replace('{{email}}', state.email ?? '')}
          </p>
        )}
        {state.link && (
          <div role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-3">
            <p className="font-bold">{labels.link.replace('{{email}}', state.email ?? '')}</p>
            <p className="font-mono text-sm break-all" data-testid="setup-link">
              {state.link}
            </p>
          </div>
        )}
      </div>
      <label htmlFor="new-email" className="mb-1 block font-bold">
        {labels.email}
      </label>
      <input
        id="new-email"
        name="email"
        type="email"
        required
        autoComplete="off"
        className="mb-4 block min-h-11 w-full rounded border-2 border-gray-700 px-3 py-2"
      />
      <label htmlFor="new-role" className="mb-1 block font-bold">
        {labels.role}
      </label>
      <select
        id="new-role"
        name="role"
        defaultValue="viewer"
        className="mb-4 block min-h-11 rounded border-2 border-gray-700 px-3"
      >
        {Object.entries(labels.roles).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded border-2 border-brand bg-brand px-4 py-2 font-bold text-white"
      >
        {labels.submit}
      </button>
    </form>
  )
}
