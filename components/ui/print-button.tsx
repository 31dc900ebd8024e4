'use client'
import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** A Print button, shown only where JavaScript can open the print dialog (browsers' own menu works anyway). */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!hydrated) return null
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 border-2 border-gray-800 px-5 font-bold print:hidden"
    >
      {label}
    </button>
  )
}
