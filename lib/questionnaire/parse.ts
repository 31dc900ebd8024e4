// Turns a submitted question page into answers, or into error codes per field (pages translate the codes).
import { type AnswerDate, answersSchema, type StatusAnswer, type StatusCode, statusCodes } from '@/lib/rules/answers'
import { isCountryCode } from '@/lib/rules/countries'

import type { Draft } from './draft'
import type { QuestionId } from './flow'
import { isElsewhere, NO_NATIONALITY } from './region'
import { exclusiveStatuses, statusOptionsFor } from './status-options'

export type Fields = Record<string, string | string[] | undefined>
export type ParseResult = { ok: true; patch: Partial<Draft> } | { ok: false; errors: Record<string, string> }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? ''
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const fail = (field: string, code: string): ParseResult => ({ ok: false, errors: { [field]: code } })

/** Reads the fields of question `id`; `today` (YYYY-MM-DD) rejects dates in the future. */
export function parseQuestion(id: QuestionId, fields: Fields, draft: Draft, today: string): ParseResult {
  switch (id) {
    case 'host-country': {
      // A country picked under "another country" counts even if its radio was not ticked (no JavaScript).
      const choice = one(fields.hostCountry) || (one(fields.elsewhere) ? 'other' : '')
      if (choice === 'other') {
        const where = one(fields.elsewhere)
        return isElsewhere(where)
          ? { ok: true, patch: { hostCountry: undefined, elsewhere: where } }
          : fail('elsewhere', 'choose_elsewhere')
      }
      const parsed = answersSchema.shape.hostCountry.safeParse(choice)
      return parsed.success
        ? { ok: true, patch: { hostCountry: parsed.data, elsewhere: undefined } }
        : fail('hostCountry', 'choose_host_country')
    }
    case 'nationality': {
      const code = one(fields.nationality)
      if (code === NO_NATIONALITY) return { ok: true, patch: { nationality: undefined, stateless: true } }
      return isCountryCode(code)
        ? { ok: true, patch: { nationality: code, stateless: undefined } }
        : fail('nationality', 'choose_nationality')
    }
    case 'arrival-date': {
      const date = parseDate(fields, 'arrival', today)
      return typeof date === 'object' ? { ok: false, errors: date.errors } : { ok: true, patch: { arrivalDate: date } }
    }
    case 'legal-status':
      return parseStatuses(fields, draft)
    case 'registration-date': {
      const errors: Record<string, string> = {}
      const statuses = (draft.statuses ?? []).map((s): StatusAnswer => {
        if (fields[`${s.code}-present`] === undefined) return s
        const since = parseDate(fields, s.code, today)
        if (typeof since === 'object') Object.assign(errors, since.errors)
        return typeof since === 'string' ? { code: s.code, since } : s
      })
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true, patch: { statuses } }
    }
    case 'adult': {
      const parsed = answersSchema.shape.adult.safeParse(one(fields.adult))
      return parsed.success ? { ok: true, patch: { adult: parsed.data } } : fail('adult', 'choose_adult')
    }
  }
}

function parseStatuses(fields: Fields, draft: Draft): ParseResult {
  const offered = [
    ...(draft.hostCountry ? statusOptionsFor(draft.hostCountry, draft.nationality) : []),
    ...exclusiveStatuses,
  ]
  const chosen = many(fields.status).filter(
    (c): c is StatusCode => (statusCodes as readonly string[]).includes(c) && offered.includes(c as StatusCode),
  )
  if (!chosen.length) return fail('status', 'choose_status')
  if (chosen.length > 1 && chosen.some((c) => exclusiveStatuses.includes(c))) return fail('status', 'status_exclusive')
  const before = new Map((draft.statuses ?? []).map((s) => [s.code, s]))
  return { ok: true, patch: { statuses: chosen.map((code) => before.get(code) ?? { code }) } }
}

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
