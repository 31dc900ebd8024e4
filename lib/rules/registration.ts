// Whether registration was open on a day, and since when it has been closed. Weekly schedules and daily quotas
// are information for the person, never closures (issue 3).
import type { HostCountry } from './answers'
import { addDays } from './dates'
import { versionInForce } from './history'
import type { History, HostRules, Period, PeriodStatus } from './schema'
import { type ClosedDays, closedDays } from './version-index'

/** The period covering `day` for this nationality: one naming the nationality wins over a general one. */
export function periodOn(rules: HostRules, nationality: string, day: string): Period | undefined {
  const covering = rules.registrationPeriods.filter((p) => p.from <= day && (p.until === undefined || day <= p.until))
  return covering.find((p) => p.nationalities?.includes(nationality)) ?? covering.find((p) => !p.nationalities)
}

/** Registration status on `day` under the version in force that day; no period means closed. */
export function statusOn(history: History, host: HostCountry, nationality: string, day: string): PeriodStatus {
  return periodOn(versionInForce(history, day).countries[host], nationality, day)?.status ?? 'closed'
}

/** First day of the closed stretch that includes `asOf`, or undefined if open that day or never opened before. */
export function closedSince(history: History, host: HostCountry, asOf: string, nationality = ''): string | undefined {
  if (statusOn(history, host, nationality, asOf) !== 'closed') return undefined
  // The status can only change on the change days, so walking back over them finds where the stretch began.
  const table = closedDays(history, host, nationality, () => closedTable(history, host, nationality))
  let start: string | undefined
  for (let i = lastOnOrBefore(table.days, asOf); i >= 0; i--) {
    if (!table.closed[i]) return start ?? asOf
    const closedTheDayBefore = i > 0 ? table.closed[i - 1] : table.closedBefore
    if (!closedTheDayBefore) return table.days[i]
    start = table.days[i]
  }
  return undefined // closed since before the first known change: it had never opened
}

// Whether registration is closed on each day the status can change (built once per history and nationality).
function closedTable(history: History, host: HostCountry, nationality: string): ClosedDays {
  const closed = (day: string) => statusOn(history, host, nationality, day) === 'closed'
  const days = changeDays(history, host)
  return { days, closed: days.map(closed), closedBefore: days.length ? closed(addDays(days[0]!, -1)) : true }
}

// Every day on which a host's registration status can change, ascending.
function changeDays(history: History, host: HostCountry): string[] {
  const changes = new Set<string>(history.map((v) => v.effectiveFrom))
  for (const version of history) {
    for (const p of version.countries[host].registrationPeriods) {
      changes.add(p.from)
      if (p.until) changes.add(addDays(p.until, 1))
    }
  }
  return [...changes].sort()
}

// Index of the last day on or before `day` in ascending `days` (-1 when none).
function lastOnOrBefore(days: string[], day: string): number {
  let lo = 0
  let hi = days.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (days[mid]! <= day) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** First later day in the same version when registration (re)opens for this nationality, if one is known. */
export function opensOn(rules: HostRules, nationality: string, asOf: string): string | undefined {
  return rules.registrationPeriods
    .filter((p) => p.from > asOf && (p.status === 'open' || p.status === 'contact_only'))
    .filter((p) => !p.nationalities || p.nationalities.includes(nationality))
    .map((p) => p.from)
    .sort()[0]
}
