// How to find out what the person was not sure of: one tip per "I'm not sure" answer, in question order.
import type { Answers } from '@/lib/rules/answers'
import type { NextStep } from '@/lib/rules/evaluation'

/** One tip code per answer given as "not sure" (arrival date, papers, registration dates, age). */
export function unsureTips(answers: Answers): NextStep[] {
  const tips: NextStep[] = []
  if (answers.arrivalDate === 'unsure') tips.push({ code: 'tip-arrival-date' })
  if (answers.statuses.some((s) => s.code === 'unsure')) tips.push({ code: 'tip-legal-status' })
  if (answers.statuses.some((s) => s.since === 'unsure')) tips.push({ code: 'tip-registration-date' })
  if (answers.adult === 'unsure') tips.push({ code: 'tip-adult' })
  return tips
}
