// Which results.json sentences explain a criterion or a next step: the plain one, or a more precise variant
// when the rule value says more (e.g. "closed since 27 November 2024" rather than "closed that day").
import type { Answers } from '@/lib/rules/answers'
import type { Criterion, NextStep } from '@/lib/rules/evaluation'

const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0

/** The results.json keys for one criterion, in reading order. */
export function criterionKeys(c: Criterion, answers: Answers): string[] {
  const key = (variant: string = c.status) => `criteria.${c.id}.${variant}`
  const v = c.ruleValue
  switch (c.id) {
    case 'registration-open': {
      // A period limited to some statuses: say so, and say when the answers cannot tell if the person had one.
      const onlyFor = nonEmpty(v.onlyFor) ? [key('only_for')] : []
      if (c.status === 'unknown' && onlyFor.length) return [key('unknown_only_for')]
      if (c.status === 'met' && v.status === 'contact_only') return [key('met_contact_only'), ...onlyFor]
      if (c.status === 'not_met' && typeof v.closedSince === 'string') return [key('not_met_since'), ...onlyFor]
      return [key(), ...onlyFor]
    }
    case 'nationality':
      return c.status === 'not_met' && nonEmpty(v.eligible) ? [key(), key('not_met_list')] : [key()]
    case 'arrival-date': {
      if (c.status !== 'unknown') return [key()]
      const arrival = answers.arrivalDate ?? ''
      if (typeof v.confirmedOnOrBefore === 'string' && arrival.length === 10 && arrival > v.confirmedOnOrBefore)
        return [key('unknown_announced')]
      if (v.dayUncertain && arrival === v.onOrBefore) return [key('unknown_day')]
      return [key()]
    }
    case 'legal-status': {
      const date = typeof v.registeredOnOrBefore === 'string' ? v.registeredOnOrBefore : undefined
      if (c.status === 'not_met' && date) return [key(), key('not_met_date')]
      const later = answers.statuses.some((s) => s.since && s.since !== 'unsure' && date && s.since.slice(0, 10) > date)
      if (c.status === 'unknown' && v.laterUnknown && later) return [key(), key('unknown_later')]
      return [key()]
    }
    default:
      return [key()]
  }
}

/** The results.json keys for one next step, in reading order. */
export function nextStepKeys(step: NextStep): string[] {
  const p = step.params ?? {}
  // A past day's result tells what one could have done then (next_past.*), not what to do today.
  const key = p.tense === 'past' ? `next_past.${step.code}` : `next.${step.code}`
  if (step.code === 'opening-schedule' && p.dailyQuota === 'no') return [`${key}_noQuota`]
  if (step.code === 'documents-to-have-ready' && nonEmpty(p.have)) return [key, `${key}_have`]
  if ((step.code === 'registration-not-yet-open' || step.code === 'confirm-legal-status') && typeof p.date === 'string')
    return [`${key}_date`]
  return [key]
}
