// Turns an evaluation's codes and rule values into translation parameters (dates, names, lists localized).
import type { TFunction } from 'i18next'

import { countryName, formatDate, formatTime, listText, weekdayName } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import { type Answers, type HostCountry, statusCodes } from '@/lib/rules/answers'

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v)
const isCountry = (v: string) => /^[A-Z]{2}$/.test(v)
const isStatus = (v: string) => (statusCodes as readonly string[]).includes(v)
const isWeekday = (v: string) => /^(mon|tue|wed|thu|fri|sat|sun)$/.test(v)

/** One value in words: a code of a country, status or weekday becomes its name (t: `questions` namespace). */
function word(lng: Language, t: TFunction, v: string): string {
  if (isCountry(v)) return countryName(lng, v)
  if (isWeekday(v)) return weekdayName(lng, v)
  if (isStatus(v))
    return midSentence(t(v === 'none' || v === 'unsure' ? `legal-status.${v}` : `legal-status.options.${v}.label`))
  return v
}

/** A label lower-cased to sit inside a sentence ("a valid passport"), unless it starts with an acronym ("PPT"). */
function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label
}

/** The host country as a sentence needs it: its name ({{country}}) and "in <country>" ({{inCountry}}, "au Costa Rica"). */
export function hostParams(t: TFunction, host: HostCountry | undefined): Record<string, string> {
  return host ? { country: t(`host-country.options.${host}`), inCountry: t(`inCountry.${host}`) } : {}
}

/** Parameters for a criterion or next-step sentence: dates in words, codes named, the country and nationality. */
export function explainParams(lng: Language, t: TFunction, answers: Answers, values: Record<string, unknown> = {}) {
  const params: Record<string, string | number> = {
    ...hostParams(t, answers.hostCountry),
    nationality: countryName(lng, answers.nationality),
  }
  for (const [key, value] of Object.entries(values)) {
    if (isDate(value)) {
      params[key] = formatDate(lng, value)
      params.date ??= params[key] as string
    } else if (Array.isArray(value)) {
      params[key] = listText(
        lng,
        value.map((v) => word(lng, t, String(v))),
      )
    } else if (typeof value === 'string') {
      params[key] = key === 'nationality' ? countryName(lng, value) : key === 'time' ? formatTime(lng, value) : value
    } else if (typeof value === 'number') {
      params[key] = value
    }
  }
  return params
}
