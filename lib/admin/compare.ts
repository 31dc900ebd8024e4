// Draft checks before publishing: the test cases that decide differently under the draft (docs/decisions/0006-admin-area.md).
import { checkCase, type TestCase } from '@/lib/rules/check'
import { evaluate } from '@/lib/rules/evaluate'
import type { History, RuleSet } from '@/lib/rules/schema'

/** The history as it would be with `version` published: it replaces any version of the same day. */
export function withVersion(history: History, version: RuleSet): History {
  return [...history.filter((v) => v.effectiveFrom !== version.effectiveFrom), version].sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  )
}

export interface CaseComparison {
  name: string
  source: 'shipped' | 'saved'
  /** Outcome on the draft's effective day under the version in force then, and under the draft. */
  before: string
  after: string
  /** Criteria whose status differs on that day. */
  changedCriteria: string[]
  /** Set when the case's own expectation (at its own "as of" day) fails with the draft published. */
  failure?: string
}

/** Each case on the draft's effective day, before and after, plus its own expectation with the draft. */
export function compareCases(
  history: History,
  draft: RuleSet,
  cases: (TestCase & { source: 'shipped' | 'saved' })[],
): CaseComparison[] {
  const next = withVersion(history, draft)
  const day = draft.effectiveFrom
  return cases.map((c) => {
    const a = evaluate(history, c.answers, day)
    const b = evaluate(next, c.answers, day)
    const changedCriteria = b.criteria
      .filter(
        (cb) =>
          a.criteria.find((ca) => ca.id === cb.id)?.status !== cb.status ||
          JSON.stringify(a.criteria.find((ca) => ca.id === cb.id)?.ruleValue) !== JSON.stringify(cb.ruleValue),
      )
      .map((cb) => cb.id)
    return {
      name: c.name,
      source: c.source,
      before: a.outcome,
      after: b.outcome,
      changedCriteria,
      failure: checkCase(next, c),
    }
  })
}
