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
