import type { Answers } from '../answers'
import type { Criterion } from '../evaluation'
import { closedSince, opensOn, periodOn } from '../registration'
import type { History, RuleSet } from '../schema'

/** Registration was open (or UNHCR/IOM were contacting eligible people) that day for this host and nationality. */
export function registrationOpen(history: History, version: RuleSet, answers: Answers, asOf: string): Criterion {
  const rules = version.countries[answers.hostCountry]
  const period = periodOn(rules, answers.nationality, asOf)
  const status = period?.status ?? 'closed'
  const ruleValue: Record<string, unknown> = { status }
  if (period) ruleValue.from = period.from
  if (period?.until) ruleValue.until = period.until
  if (status === 'closed') {
    const since = closedSince(history, answers.hostCountry, asOf, answers.nationality)
    if (since) ruleValue.closedSince = since
    const reopens = opensOn(rules, answers.nationality, asOf)
    if (reopens) ruleValue.opensOn = reopens
  }
  const met = status === 'open' || status === 'contact_only'
  return { id: 'registration-open', status: met ? 'met' : status === 'unknown' ? 'unknown' : 'not_met', ruleValue }
}
