// Where the arrival date sits relative to the cutoff the rules applied: the only trace of the date we keep
// (docs/decisions/0005-outcome-storage.md: never the exact date). The cutoff is inclusive (the rule
// values say "on or before"), hence `on_or_before` rather than "before".
import type { Answers } from '@/lib/rules/answers'
import { calendarDayIssue, isCalendarDay } from '@/lib/rules/calendar-day'
import { dayRange } from '@/lib/rules/dates'
import type { Criterion } from '@/lib/rules/evaluation'

export type ArrivalBucket = 'on_or_before' | 'after' | 'straddles' | 'unknown' | 'not_asked' | 'no_cutoff'

const month = /^\d{4}-\d{2}$/

/**
 * The bucket of `arrivalDate` against the cutoff in the arrival-date criterion: not_asked without an answer,
 * unknown for "I'm not sure", no_cutoff when the rules applied no cutoff to this person (no such criterion).
 */
export function arrivalBucket(arrivalDate: Answers['arrivalDate'], criterion: Criterion | undefined): ArrivalBucket {
  if (arrivalDate === undefined) return 'not_asked'
  if (arrivalDate === 'unsure') return 'unknown'
  if (!criterion) return 'no_cutoff'
  const cutoff = cutoffOf(criterion)
  if (cutoff) return compare(arrivalDate, cutoff)
  // No comparable cutoff in the rule value: fall back on the engine's verdict for this criterion.
  if (criterion.status === 'met') return 'on_or_before'
  if (criterion.status === 'not_met') return 'after'
  return month.test(arrivalDate) ? 'straddles' : 'unknown'
}

function compare(arrival: string, cutoff: string): ArrivalBucket {
  if (calendarDayIssue(arrival) === null) return arrival <= cutoff ? 'on_or_before' : 'after'
  const cutoffMonth = cutoff.slice(0, 7)
  if (arrival < cutoffMonth) return 'on_or_before'
  if (arrival > cutoffMonth) return 'after'
  // The cutoff month itself: wholly on or before only when the cutoff is the month's last day.
  return cutoff === dayRange(arrival as `${number}-${number}`)[1] ? 'on_or_before' : 'straddles'
}

// lib/rules/criteria/arrival-date.ts: ruleValue.onOrBefore is the last accepted day.
function cutoffOf(criterion: Criterion): string | null {
  const value = criterion.ruleValue.onOrBefore
  return typeof value === 'string' && isCalendarDay(value) ? value : null
}
