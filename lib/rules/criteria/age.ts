import type { Answers } from '../answers'
import type { Criterion, CriterionStatus } from '../evaluation'
import type { HostRules } from '../schema'

/** Old enough to register: the answer says only whether the person is 18 or older. */
export function oldEnough(rules: HostRules, adult: Answers['adult']): Criterion {
  const years = rules.minimumAge.years
  let status: CriterionStatus = 'unknown'
  if (adult === 'yes') status = years <= 18 ? 'met' : 'unknown'
  if (adult === 'no') status = years >= 18 ? 'not_met' : years === 0 ? 'met' : 'unknown'
  return { id: 'age', status, ruleValue: { minimumAge: years } }
}
