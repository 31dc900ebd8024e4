// Calendar arithmetic on ISO strings ("YYYY-MM-DD" compares correctly as text), and the issue 3 rule for
// remembered dates: a month-only date is met only when the whole month is on the right side of the date.
import type { AnswerDate } from './answers'
import type { CriterionStatus } from './evaluation'

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** First and last day a remembered date may mean ("YYYY-MM" spans its month). */
export function dayRange(date: Exclude<AnswerDate, 'unsure'>): [string, string] {
  if (date.length === 10) return [date, date]
  const [y, m] = date.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`]
}

/** Whether a remembered date is on or before `lastDay`; the day itself is unknown when `dayUncertain`. */
export function onOrBefore(date: AnswerDate | undefined, lastDay: string, dayUncertain = false): CriterionStatus {
  if (date === undefined || date === 'unsure') return 'unknown'
  const [first, last] = dayRange(date)
  if (first > lastDay) return 'not_met'
  if (last < lastDay) return 'met'
  if (last === lastDay) return dayUncertain ? 'unknown' : 'met'
  return 'unknown' // the month straddles the date
}
