// Remembered dates against a window of days. A month-only date is met only when the whole month is inside; a
// flagged edge day gives "unknown" because sources disagree whether it counts.
import type { AnswerDate } from '../answers'
import { dayRange, onOrBefore } from '../dates'
import type { CriterionStatus } from '../evaluation'
import type { DateWindow } from './blocks'

export const rank: Record<CriterionStatus, number> = { not_met: 0, unknown: 1, met: 2 }

/** The weaker of two statuses (not_met < unknown < met). */
export function weaker(a: CriterionStatus, b: CriterionStatus): CriterionStatus {
  return rank[a] <= rank[b] ? a : b
}

/** Whether a remembered date is on or after `firstDay`; the day itself is unknown when `dayUncertain`. */
function onOrAfter(date: AnswerDate | undefined, firstDay: string, dayUncertain = false): CriterionStatus {
  if (date === undefined || date === 'unsure') return 'unknown'
  const [first, last] = dayRange(date)
  if (last < firstDay) return 'not_met'
  if (first > firstDay) return 'met'
  if (first === firstDay) return dayUncertain ? 'unknown' : 'met'
  return 'unknown' // the month straddles the day
}

/** Where a remembered date falls: inside the window, before it, after it, or unknown. */
export function placeInWindow(
  date: AnswerDate | undefined,
  window: DateWindow,
): 'inside' | 'before' | 'after' | 'unknown' {
  const early = window.from ? onOrAfter(date, window.from, window.fromDayUncertain) : 'met'
  const late = window.until ? onOrBefore(date, window.until, window.untilDayUncertain) : 'met'
  if (early === 'not_met') return 'before'
  if (late === 'not_met') return 'after'
  return early === 'met' && late === 'met' ? 'inside' : 'unknown'
}
