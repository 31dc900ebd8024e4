// The last day before a closure on which the rules say registration was open, for "see the result with the
// rules of a day when registrations were open". The day before a closure is not enough: it may be a day the
// sources leave unknown, or a day only reachable by contact.
import type { HostCountry } from './answers'
import { addDays } from './dates'
import { statusOn } from './registration'
import type { History } from './schema'

/** Latest day before `before` with status 'open' for this host and nationality, or undefined if none is known. */
export function lastOpenDay(
  history: History,
  host: HostCountry,
  nationality: string,
  before: string,
): string | undefined {
  const candidates = new Set<string>()
  for (const version of history) {
    candidates.add(addDays(version.effectiveFrom, -1))
    for (const p of version.countries[host].registrationPeriods) {
      if (p.until) candidates.add(p.until)
      candidates.add(addDays(p.from, -1))
      candidates.add(p.from)
    }
  }
  // The status only changes on these days, so the latest open one among them (and the day before `before`) wins.
  candidates.add(addDays(before, -1))
  const sorted = [...candidates]
    .filter((d) => d < before)
    .sort()
    .reverse()
  return sorted.find((d) => statusOn(history, host, nationality, d) === 'open')
}
