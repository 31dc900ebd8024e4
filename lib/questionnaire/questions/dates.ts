// Remembered dates typed as day, month and year (day optional), or "I'm not sure": shared by the arrival and
// registration-date questions.
import type { TFunction } from 'i18next'

import { formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import { type AnswerDate, answersSchema } from '@/lib/rules/answers'

import { one } from './fields'
import type { Fields } from './types'

/**
 * A date from `<prefix>-day`, `<prefix>-month`, `<prefix>-year` (day optional: month only) or
 * `<prefix>-unsure`; error codes are keyed by the field to fix.
 */
export function parseDate(
  fields: Fields,
  prefix: string,
  today: string,
): AnswerDate | { errors: Record<string, string> } {
  if (one(fields[`${prefix}-unsure`])) return 'unsure'
  const [day, month, year] = ['day', 'month', 'year'].map((p) => one(fields[`${prefix}-${p}`]))
  const err = (part: string, code: string) => ({ errors: { [`${prefix}-${part}`]: code } })
  if (!day && !month && !year) return err('month', 'date_required')
  if (!/^(0?[1-9]|1[0-2])$/.test(month!)) return err('month', 'month_required')
  if (!/^\d{4}$/.test(year!)) return err('year', 'year_format')
  if (Number(year) < 1900) return err('year', 'year_too_early')
  if (day && !/^\d{1,2}$/.test(day)) return err('day', 'invalid_date')
  const mm = month!.padStart(2, '0')
  const value = day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`
  if (day && !answersSchema.shape.arrivalDate.safeParse(value).success) return err('day', 'invalid_date')
  if (value > today.slice(0, value.length)) return err(day ? 'day' : 'month', 'date_in_future')
  return value
}

/** A remembered date in words: the day, "month only", or "not sure". */
export function dateText(lng: Language, t: TFunction, value: AnswerDate | undefined): string {
  if (!value) return ''
  if (value === 'unsure') return t('check-answers.unsure')
  return value.length === 7 ? t('check-answers.monthOnly', { date: formatDate(lng, value) }) : formatDate(lng, value)
}
