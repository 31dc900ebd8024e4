import type { z } from 'zod'

import type { AnswerDate } from '../answers'
import { onOrBefore } from '../dates'
import type { Criterion } from '../evaluation'
import type { arrivalCutoffSchema } from '../schema'

type ArrivalCutoff = z.infer<typeof arrivalCutoffSchema>

/** Arrived in the host country on or before the cutoff (the cutoff day counts as in time unless sources disagree). */
export function arrivedByCutoff(arrival: AnswerDate | undefined, cutoff: ArrivalCutoff): Criterion {
  let status = onOrBefore(arrival, cutoff.onOrBefore, cutoff.dayUncertain)
  // An announced but unconfirmed later cutoff: arrivals after the confirmed one are unknown, not met.
  if (status === 'met' && cutoff.uncertainAfter && onOrBefore(arrival, cutoff.uncertainAfter) !== 'met')
    status = 'unknown'
  const ruleValue: Record<string, unknown> = { onOrBefore: cutoff.onOrBefore }
  if (cutoff.dayUncertain) ruleValue.dayUncertain = true
  if (cutoff.uncertainAfter) ruleValue.confirmedOnOrBefore = cutoff.uncertainAfter
  return { id: 'arrival-date', status, ruleValue }
}
