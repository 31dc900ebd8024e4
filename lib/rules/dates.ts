// The one dates module. Calendar days are ISO strings ("YYYY-MM-DD" compares correctly as text); the rule for
// remembered dates: a month-only date is met only when the whole month is on the right side of the date.
// Pure (Intl and Date only), so the rules engine, the app and the tests share it.
import type { AnswerDate } from './answers'
import type { CriterionStatus } from './evaluation'

// Building an Intl.DateTimeFormat costs ~0.1 ms (time-zone data); one per time zone, reused.
const formats = new Map<string, Intl.DateTimeFormat>()

/** Today's date (YYYY-MM-DD) where the offices were: Colombia, Ecuador, Costa Rica and Guatemala are UTC-5/-6. */
export function todayIso(now = new Date(), timeZone = 'America/Bogota'): string {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formats.set(timeZone, format)
  }
  return format.format(now)
}

/** The UTC calendar day ("YYYY-MM-DD") of a moment, e.g. a DATE column read back as midnight UTC. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10)
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return dayOf(d)
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

/** The Monday (YYYY-MM-DD) of the ISO week that holds `day` (YYYY-MM-DD). */
export function isoWeekMonday(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
  return dayOf(date)
}
