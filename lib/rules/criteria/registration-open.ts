import type { Answers } from '../answers'
import { registrationFor } from '../audience'
import type { Criterion } from '../evaluation'
import { closedStretchStart, opensOn } from '../registration'
import type { History, RuleSet } from '../schema'

/** Registration was open (or UNHCR/IOM were contacting eligible people) that day for this person. */
export function registrationOpen(history: History, version: RuleSet, answers: Answers, asOf: string): Criterion {
  const rules = version.countries[answers.hostCountry]
  const { status, period, onlyFor } = registrationFor(rules, answers.nationality, asOf, answers.statuses)
  const ruleValue: Record<string, unknown> = { status }
  if (period) ruleValue.from = period.from
  if (period?.until) ruleValue.until = period.until
  if (onlyFor) ruleValue.onlyFor = [...onlyFor]
  if (status === 'closed') {
    const since = closedStretchStart(history, answers.hostCountry, asOf, answers.nationality, answers.statuses)
    if (since) ruleValue.closedSince = since
    const reopens = opensOn(rules, answers.nationality, asOf, answers.statuses)
    if (reopens) ruleValue.opensOn = reopens
  }
  const met = status === 'open' || status === 'contact_only'
  return { id: 'registration-open', status: met ? 'met' : status === 'unknown' ? 'unknown' : 'not_met', ruleValue }
}
