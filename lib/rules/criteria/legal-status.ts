import type { StatusAnswer } from '../answers'
import { onOrBefore } from '../dates'
import type { Criterion, CriterionStatus } from '../evaluation'
import type { HostRules } from '../schema'

type Accepted = HostRules['legalStatus']['anyOf'][number]
const rank: Record<CriterionStatus, number> = { not_met: 0, unknown: 1, met: 2 }

/** Holds, on `asOf`, any one of the accepted legal statuses (with its "registered on or before" date if any). */
export function hasAcceptedStatus(
  rules: HostRules,
  statuses: StatusAnswer[],
  asOf: string,
  nationality?: string,
): Criterion {
  const { otherwise } = rules.legalStatus
  // A status that exists only for some nationalities (the PPT) is not accepted from anyone else.
  const anyOf = rules.legalStatus.anyOf.filter(
    (a) => !a.nationalities || nationality === undefined || a.nationalities.includes(nationality),
  )
  let best: CriterionStatus = 'not_met'
  for (const answer of statuses) {
    const accepted = anyOf.find((a) => a.code === answer.code)
    const match = accepted ? statusMatch(accepted, answer, asOf) : 'not_met'
    if (rank[match] > rank[best]) best = match
  }
  if (best === 'not_met') {
    const undecided = statuses.length === 0 || statuses.some((s) => s.code === 'unsure')
    if (undecided || otherwise === 'unknown') best = 'unknown'
  }
  const ruleValue: Record<string, unknown> = { accepted: anyOf.filter((a) => !a.uncertain).map((a) => a.code) }
  const dated = anyOf.find((a) => a.registeredOnOrBefore)
  if (dated) ruleValue.registeredOnOrBefore = dated.registeredOnOrBefore
  if (dated?.laterUnknown) ruleValue.laterUnknown = true
  return { id: 'legal-status', status: best, ruleValue }
}

function statusMatch(accepted: Accepted, answer: StatusAnswer, asOf: string): CriterionStatus {
  // "At the time of application": a status obtained after the screening day does not count yet.
  const since = answer.since === 'unsure' ? undefined : answer.since
  let result: CriterionStatus = since ? onOrBefore(since, asOf) : 'met'
  if (accepted.registeredOnOrBefore) {
    let dated = onOrBefore(answer.since, accepted.registeredOnOrBefore, accepted.dayUncertain)
    // A refugee's date is the day of recognition; the claim was registered earlier, possibly in time.
    if (dated === 'not_met' && answer.code === 'refugee') dated = 'unknown'
    // Sources disagree whether the date still applied: a later status is neither accepted nor refused.
    if (dated === 'not_met' && accepted.laterUnknown) dated = 'unknown'
    if (rank[dated] < rank[result]) result = dated
  }
  return result === 'met' && accepted.uncertain ? 'unknown' : result
}
