'use client'
import { useActionState } from 'react'

import type { ConfirmState } from '../actions'

interface Labels {
  submit: string
  done: string
  link: string
  errors: Record<NonNullable<ConfirmState['error']>, string>
}

/** Confirms a pending request and shows a setup link it made, once (works without JavaScript too). */
export function ConfirmRequestForm({
  action,
  labels,
}: {
  action: (prev: ConfirmState) => Promise<ConfirmState>
  labels: Labels
}) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="inline-block">
      <div aria-live="polite">
        {state.error && (
          <p role="alert" className="mb-2 font-bold text-red-800">
            {labels.errors[state.error]}
          </p>
        )}
        {state.done && (
          <div role="status" className="mb-2 border-l-8 border-green-800 bg-green-50 p-3">
            <p className="font-bold">{labels.done}</p>
            {state.link && (
              <>
                <p>{labels.link.replace('{{email}}', state.email ?? '')}</p>
                <p className="font-mono text-sm break-all" data-testid="setup-link">
                  {state.link}
                </p>
              </>
            )}
          </div>
        )}
      </div>
      {!state.done && (
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded border-2 border-brand bg-brand px-3 font-bold text-white"
        >
          {labels.submit}
        </button>
      )}
    </form>
  )
}
