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

/** Whether `text` is a real calendar day written YYYY-MM-DD (2024-02-31 is not). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const day = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text
}

/** The Monday (YYYY-MM-DD) of the ISO week that holds `day` (YYYY-MM-DD). */
export function isoWeekMonday(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
  return date.toISOString().slice(0, 10)
}
