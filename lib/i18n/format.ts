// Dates and country names in the reader's language. Never numbers only: 11/06 is 11 June to some
// readers and 6 November to others.
import { htCountries, htMonths, htWeekdays } from './creole'
import type { Language } from './settings'

const intlLocale: Record<Language, string> = { es: 'es', en: 'en-GB', fr: 'fr', ht: 'fr' }

// An Intl formatter costs far more to make than to use, and a page formats dozens of dates: one per kind and locale.
const formatters = new Map<string, unknown>()

function formatter<T>(kind: string, lng: Language, make: () => T): T {
  const key = `${kind}:${lng}`
  let found = formatters.get(key) as T | undefined
  if (!found) formatters.set(key, (found = make()))
  return found
}

/** "2023-06-11" → "11 de junio de 2023" / "11 June 2023" / "11 juin 2023" / "11 jen 2023"; "2023-06" → the month. */
export function formatDate(lng: Language, value: string): string {
  const [year, month, day] = value.split('-').map(Number)
  if (!year || !month) return value
  // Creole writes the first of the month "1e" (like French "1er").
  if (lng === 'ht') return [day === 1 ? '1e' : day, htMonths[month - 1], year].filter(Boolean).join(' ')
  const date = new Date(Date.UTC(year, month - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' }
  const text = formatter(day ? 'day' : 'month', lng, () => new Intl.DateTimeFormat(intlLocale[lng], options)).format(
    date,
  )
  return lng === 'fr' && day === 1 ? text.replace(/^1 /, '1er ') : text
}

/** A country's name from its ISO code; Creole falls back to French, not English: Haitian Creole readers read French better. */
export function countryName(lng: Language, code: string): string {
  if (lng === 'ht' && htCountries[code]) return htCountries[code]
  const names = formatter('region', lng, () => new Intl.DisplayNames([intlLocale[lng]], { type: 'region' }))
  return names.of(code) ?? code
}

/** The twelve month names in the reader's language, January first (Creole from lib/i18n/creole.ts). */
export function monthNames(lng: Language): string[] {
  if (lng === 'ht') return htMonths
  const format = formatter(
    'month-name',
    lng,
    () => new Intl.DateTimeFormat(intlLocale[lng], { month: 'long', timeZone: 'UTC' }),
  )
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2023, i, 1))))
}

const weekdayCodes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** A weekday code ("mon") as a word in the reader's language. */
export function weekdayName(lng: Language, code: string): string {
  const i = weekdayCodes.indexOf(code)
  if (i < 0) return code
  if (lng === 'ht') return htWeekdays[i]!
  // 2024-01-01 was a Monday.
  const format = formatter(
    'weekday',
    lng,
    () => new Intl.DateTimeFormat(intlLocale[lng], { weekday: 'long', timeZone: 'UTC' }),
  )
  return format.format(new Date(Date.UTC(2024, 0, 1 + i)))
}

/** "a, b and c" in the reader's language. */
export function listText(lng: Language, items: string[]): string {
  if (lng === 'ht') return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ak ${items.at(-1)}`
  return formatter('list', lng, () => new Intl.ListFormat(intlLocale[lng], { type: 'conjunction' })).format(items)
}

/** A time of day "08:00" as people write it: "8:00 AM", "8:00", "8 h", "8:00". */
export function formatTime(lng: Language, value: string): string {
  const [h, m] = value.split(':').map(Number)
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return value
  if (lng === 'fr') return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`
  if (lng === 'en')
    return formatter(
      'time',
      lng,
      () => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
    ).format(new Date(Date.UTC(2024, 0, 1, h, m)))
  return `${h}:${String(m).padStart(2, '0')}`
}
