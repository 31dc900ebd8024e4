// What evaluate() returns. Every code here is used unchanged in storage, locales and tests.
import type { HostCountry } from './answers'

export const outcomes = ['likely_eligible', 'not_eligible', 'registration_closed', 'needs_more_information'] as const
export type Outcome = (typeof outcomes)[number]

/** The criteria, in the order a result page lists them. */
export const criterionIds = ['registration-open', 'nationality', 'arrival-date', 'legal-status', 'age'] as const
type CriterionId = (typeof criterionIds)[number]

export const criterionStatuses = ['met', 'not_met', 'unknown'] as const
export type CriterionStatus = (typeof criterionStatuses)[number]

export interface Criterion {
  id: CriterionId
  status: CriterionStatus
  /** The rule value compared against, so a page can say "the last date accepted was 11 June 2023". */
  ruleValue: Record<string, unknown>
}

/** A next step is a code plus plain parameters; pages translate the code. */
export interface NextStep {
  code: string
  params?: Record<string, string | number | string[]>
}

export interface Evaluation {
  outcome: Outcome
  rulesVersion: string
  asOf: string
  hostCountry: HostCountry
  criteria: Criterion[]
  nextSteps: NextStep[]
}
