// Whether registration was open on a day, and since when it has been closed. Weekly schedules and daily quotas
// are information for the person, never closures.
import type { HostCountry, StatusAnswer } from './answers'
import { holds, registrationFor } from './audience'
import { addDays } from './dates'
import { versionInForce } from './history'
import type { History, HostRules, Period, PeriodStatus } from './schema'

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
  const closed = (day: string) => statusOn(history, host, nationality, day, statuses) === 'closed'
  if (!closed(asOf)) return undefined
  // The status can only change on these days, so walking back over them finds where the stretch began.
  const changes = new Set<string>(history.map((v) => v.effectiveFrom))
  for (const version of history) {
    for (const p of version.countries[host].registrationPeriods) {
      changes.add(p.from)
      if (p.until) changes.add(addDays(p.until, 1))
    }
  }
  const earlier = [...changes]
    .filter((d) => d <= asOf)
    .sort()
    .reverse()
  let start: string | undefined
  for (const day of earlier) {
    if (!closed(day)) return start ?? asOf
    if (!closed(addDays(day, -1))) return day
    start = day
  }
  return undefined // closed since before the first known change: it had never opened
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
