// Turns an evaluation's codes and rule values into translation parameters (dates and names localized).
import { countryName, formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import type { Answers } from '@/lib/rules/answers'

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v)

/** Parameters for a criterion or next-step sentence: every date in words, the country and nationality named. */
export function explainParams(lng: Language, hostName: string, answers: Answers, values: Record<string, unknown> = {}) {
  const params: Record<string, string | number> = { country: hostName, nationality: countryName(lng, answers.nationality) }
  for (const [key, value] of Object.entries(values)) {
    if (isDate(value)) {
      params[key] = formatDate(lng, value)
      params.date ??= params[key] as string
    } else if (typeof value === 'string' || typeof value === 'number') {
      params[key] = value
    }
  }
  return params
}

/** The day before `iso` (YYYY-MM-DD). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}
