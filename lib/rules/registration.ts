// Whether registration was open on a day, and since when it has been closed. Weekly schedules and daily quotas
// are information for the person, never closures.
import type { HostCountry, StatusAnswer } from './answers'
import { holds, registrationFor } from './audience'
import { addDays } from './dates'
import { versionInForce } from './history'
import type { History, HostRules, Period, PeriodStatus } from './schema'
import { type ClosedDays, closedDays } from './version-index'

/** The period covering `day` for this nationality and these statuses: the most specific one wins. */
export function periodOn(
  rules: HostRules,
  nationality: string,
  day: string,
  statuses: readonly StatusAnswer[] = [],
): Period | undefined {
  return registrationFor(rules, nationality, day, statuses).period
}

/** Registration status on `day` under the version in force that day; no period means closed. */
export function statusOn(
  history: History,
  host: HostCountry,
  nationality: string,
  day: string,
  statuses: readonly StatusAnswer[] = [],
): PeriodStatus {
  return registrationFor(versionInForce(history, day).countries[host], nationality, day, statuses).status
}

/** First day of the closed stretch that includes `asOf`, or undefined if open that day or never opened before. */
export function closedSince(
  history: History,
  host: HostCountry,
  asOf: string,
  nationality = '',
  statuses: readonly StatusAnswer[] = [],
): string | undefined {
  if (statusOn(history, host, nationality, asOf, statuses) !== 'closed') return undefined
  return closedStretchStart(history, host, asOf, nationality, statuses)
}

/** closedSince for a day already known to be closed for this person (the engine has just found it so). */
export function closedStretchStart(
  history: History,
  host: HostCountry,
  asOf: string,
  nationality: string,
  statuses: readonly StatusAnswer[],
): string | undefined {
  // The status can only change on the change days, so walking back over them finds where the stretch began.
  const who = statusLimited(history, host) ? `${nationality}|${statusKey(statuses)}` : nationality
  const table = closedDays(history, host, who, () => closedTable(history, host, nationality, statuses))
  let start: string | undefined
  for (let i = lastOnOrBefore(table.days, asOf); i >= 0; i--) {
    if (!table.closed[i]) return start ?? asOf
    const closedTheDayBefore = i > 0 ? table.closed[i - 1] : table.closedBefore
    if (!closedTheDayBefore) return table.days[i]
    start = table.days[i]
  }
  return undefined // closed since before the first known change: it had never opened
}

// Whether some period of this host is limited to statuses: only then do the person's statuses change the table.
// Found once per (immutable) history and host.
const statusLimitedHosts = new WeakMap<History, Map<HostCountry, boolean>>()

function statusLimited(history: History, host: HostCountry): boolean {
  let hosts = statusLimitedHosts.get(history)
  if (!hosts) statusLimitedHosts.set(history, (hosts = new Map()))
  let limited = hosts.get(host)
  if (limited === undefined)
    hosts.set(host, (limited = history.some((v) => v.countries[host].registrationPeriods.some((p) => p.statuses))))
  return limited
}

function statusKey(statuses: readonly StatusAnswer[]): string {
  return statuses
    .map((s) => `${s.code}@${s.since ?? ''}`)
    .sort()
    .join(',')
}

// Whether registration is closed on each day the status can change (built once per history and group of people).
function closedTable(
  history: History,
  host: HostCountry,
  nationality: string,
  statuses: readonly StatusAnswer[],
): ClosedDays {
  const closed = (day: string) => statusOn(history, host, nationality, day, statuses) === 'closed'
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

/** First later day in the same version when registration (re)opens for this person, if one is known. */
export function opensOn(
  rules: HostRules,
  nationality: string,
  asOf: string,
  statuses: readonly StatusAnswer[] = [],
): string | undefined {
  return rules.registrationPeriods
    .filter((p) => p.from > asOf && (p.status === 'open' || p.status === 'contact_only'))
    .filter((p) => !p.nationalities || p.nationalities.includes(nationality))
    .filter((p) => !p.statuses || holds(statuses, p.statuses, p.from) !== 'no')
    .map((p) => p.from)
    .sort()[0]
}
