'use client'
import { useEffect, useRef } from 'react'

/** GOV.UK-style error summary: announced, focused on arrival, each error links to its field. */
export function ErrorSummary({ title, errors }: { title: string; errors: { field: string; text: string }[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div
      ref={ref}
      id="error-summary"
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4"
    >
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-1">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`} className="font-bold text-red-800">
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
