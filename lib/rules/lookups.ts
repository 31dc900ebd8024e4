// Small questions the questionnaire asks of a version, so it only shows questions that can matter.
import type { HostCountry, StatusCode } from './answers'
import type { RuleSet } from './schema'

/** ISO codes of the nationalities this version lists for the host country (including uncertain ones). */
export function namedNationalities(version: RuleSet, host: HostCountry): string[] {
  return version.countries[host].nationalities.map((n) => n.code)
}

/** Whether an arrival cutoff applies to this nationality in this host country (so the arrival date is asked). */
export function needsArrivalDate(version: RuleSet, host: HostCountry, nationality: string): boolean {
  return Boolean(version.countries[host].nationalities.find((n) => n.code === nationality)?.arrivalCutoff)
}

/** Status codes whose acceptance depends on a "registered on or before" date (so their date is asked). */
export function statusesNeedingDate(version: RuleSet, host: HostCountry, nationality: string): StatusCode[] {
  const rules = version.countries[host]
  if (!rules.nationalities.some((n) => n.code === nationality)) return []
  return rules.legalStatus.anyOf.filter((a) => a.registeredOnOrBefore).map((a) => a.code)
}
