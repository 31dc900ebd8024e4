/** Today's date (YYYY-MM-DD) where the offices were: Colombia, Ecuador, Costa Rica and Guatemala are UTC-5/-6. */
export function todayIso(now = new Date(), timeZone = 'America/Bogota'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
