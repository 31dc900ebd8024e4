// Whether registration was open on a day, and since when it has been closed. Weekly schedules and daily quotas
// are information for the person, never closures.
import type { HostCountry } from './answers'
import { addDays } from './dates'
import { versionInForce } from './history'
import type { History, HostRules, Period, PeriodStatus } from './schema'

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
    if (statusOn(history, host, nationality, day) !== 'closed') return start ?? asOf
    const before = addDays(day, -1)
    if (statusOn(history, host, nationality, before) !== 'closed') return day
    start = day
  }
  return undefined // closed since before the first known change: it had never opened
}

/** First later day in the same version when registration (re)opens for this nationality, if one is known. */
export function opensOn(rules: HostRules, nationality: string, asOf: string): string | undefined {
  return rules.registrationPeriods
    .filter((p) => p.from > asOf && (p.status === 'open' || p.status === 'contact_only'))
    .filter((p) => !p.nationalities || p.nationalities.includes(nationality))
    .map((p) => p.from)
    .sort()[0]
}
