import type { Answers } from '../answers'
import type { Criterion } from '../evaluation'
import type { HostRules } from '../schema'

/** The version lists this nationality for the host country (unknown where sources do not settle it). */
export function eligibleNationality(rules: HostRules, answers: Answers): Criterion {
  const entry = rules.nationalities.find((n) => n.code === answers.nationality)
  const ruleValue = {
    nationality: answers.nationality,
    eligible: rules.nationalities.filter((n) => !n.uncertain).map((n) => n.code),
  }
  return { id: 'nationality', status: !entry ? 'not_met' : entry.uncertain ? 'unknown' : 'met', ruleValue }
}
