'use client'
import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** A search box that narrows a <select>'s options; shown only when JavaScript runs (the select works alone). */
export function ListFilter({ selectId, label, hint }: { selectId: string; label: string; hint: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!hydrated) return null
  const filter = (query: string) => {
    const select = document.getElementById(selectId) as HTMLSelectElement | null
    if (!select) return
    const q = fold(query.trim())
    let first: HTMLOptionElement | null = null
    for (const option of Array.from(select.options)) {
      if (!option.value) continue
      const match = !q || fold(option.text).includes(q)
      option.hidden = !match
      option.disabled = !match
      if (match && !first) first = option
    }
    const current = select.selectedOptions[0]
    if (q && first && (!current?.value || current.hidden)) select.value = first.value
  }
  return (
    <div className="mb-3">
      <label htmlFor={`${selectId}-filter`} className="block font-medium">
        {label}
      </label>
      <p id={`${selectId}-filter-hint`} className="text-sm text-gray-700">
        {hint}
      </p>
      <input
        id={`${selectId}-filter`}
        type="search"
        autoComplete="off"
        aria-describedby={`${selectId}-filter-hint`}
        aria-controls={selectId}
        onChange={(e) => filter(e.target.value)}
        className="block min-h-11 w-full border-2 border-gray-800 px-2 text-lg"
      />
    </div>
  )
}
