// The engine: picks the version in force on `asOf`, runs the criteria, and decides the outcome.
import type { Answers } from './answers'
import { arrivedByCutoff, eligibleNationality, hasAcceptedStatus, oldEnough, registrationOpen } from './criteria'
import type { Criterion, Evaluation, Outcome } from './evaluation'
import { versionInForce } from './history'
import { nextStepsFor } from './next-steps'
import type { History } from './schema'

/** Whether the person was likely able to register on `asOf` ("YYYY-MM-DD"), with every reason and next step. */
export function evaluate(history: History, answers: Answers, asOf: string): Evaluation {
  const version = versionInForce(history, asOf)
  const rules = version.countries[answers.hostCountry]
  const nationality = eligibleNationality(rules, answers)
  const listed = rules.nationalities.find((n) => n.code === answers.nationality)
  const criteria: Criterion[] = [registrationOpen(history, version, answers, asOf), nationality]
  // Arrival and legal status only matter for a listed nationality.
  if (listed?.arrivalCutoff) criteria.push(arrivedByCutoff(answers.arrivalDate, listed.arrivalCutoff))
  if (listed && rules.legalStatus.anyOf.length > 0)
    criteria.push(hasAcceptedStatus(rules, answers.statuses, asOf, answers.nationality))
  criteria.push(oldEnough(rules, answers.adult))
  const outcome = decide(criteria)
  return {
    outcome,
    rulesVersion: version.id,
    asOf,
    hostCountry: answers.hostCountry,
    criteria,
    nextSteps: nextStepsFor(outcome, criteria, rules, answers),
  }
}

/** Closed registration wins; then any unmet criterion; then any unknown one. */
export function decide(criteria: Criterion[]): Outcome {
  if (criteria.some((c) => c.id === 'registration-open' && c.status === 'not_met')) return 'registration_closed'
  if (criteria.some((c) => c.status === 'not_met')) return 'not_eligible'
  if (criteria.some((c) => c.status === 'unknown')) return 'needs_more_information'
  return 'likely_eligible'
}
