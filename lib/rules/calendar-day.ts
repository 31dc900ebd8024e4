// One rule for every date the app accepts (API bodies, forms, admin filters, rule dates): a real calendar day
// between 1900-01-01 and 2100-12-31. Outside that span a date is a typo (0000-01-01, 20233-01-01) and PostgreSQL
// would refuse or misread it; refusing it here keeps every stored row storable.

/** First and last day accepted anywhere. */
const earliestDay = '1900-01-01'
const latestDay = '2100-12-31'

/** Error code for a date: invalid_date (not YYYY-MM-DD, or no such day), date_out_of_range, or null when fine. */
export function calendarDayIssue(value: string): 'invalid_date' | 'date_out_of_range' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'invalid_date'
  const d = new Date(`${value}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return 'invalid_date'
  return value < earliestDay || value > latestDay ? 'date_out_of_range' : null
}

/** Whether `value` is an accepted calendar day. */
export function isCalendarDay(value: unknown): value is string {
  return typeof value === 'string' && calendarDayIssue(value) === null
}

/** Error code for a month "YYYY-MM", like calendarDayIssue. */
export function calendarMonthIssue(value: string): 'invalid_date' | 'date_out_of_range' | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'invalid_date'
  return value < earliestDay.slice(0, 7) || value > latestDay.slice(0, 7) ? 'date_out_of_range' : null
}
