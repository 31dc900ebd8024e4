// Impact replay: what stored anonymised outcomes would have been under a draft (docs/decisions/0006-admin-area.md).
// Outcomes keep no exact answers (docs/decisions/0005-outcome-storage.md), so a replay rebuilds what it can:
// - arrival: only its bucket relative to the cutoff of the version that decided; replayed at both ends of
//   the possible range, and "cannot tell" when the two ends decide differently;
// - statuses: their codes without the "since" dates, which are never stored;
// - host country, nationality and adult are exact.
import type { Answers, StatusCode } from '@/lib/rules/answers'
import { addDays } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'
import type { History, RuleSet } from '@/lib/rules/schema'

import { withVersion } from './compare'

export interface StoredOutcome {
  hostCountry: string
  nationality: string
  arrival: string
  statuses: string[]
  adult: string
  rulesVersion: string
}

/** The earliest and latest answers consistent with a stored outcome, or null when it cannot be rebuilt. */
export function possibleAnswers(
  row: StoredOutcome,
  decidedBy: RuleSet | undefined,
  day: string,
): [Answers, Answers] | null {
  const rules = decidedBy?.countries[row.hostCountry as Answers['hostCountry']]
  if (!rules || !['yes', 'no', 'unsure'].includes(row.adult)) return null
  const cutoff = rules.nationalities.find((n) => n.code === row.nationality)?.arrivalCutoff?.onOrBefore
  const base = {
    hostCountry: row.hostCountry as Answers['hostCountry'],
    nationality: row.nationality,
    adult: row.adult as Answers['adult'],
    statuses: row.statuses.map((code) => ({ code: code as StatusCode })),
  }
  const range = (lo: string | undefined, hi: string | undefined): [Answers, Answers] => [
    { ...base, arrivalDate: lo },
    { ...base, arrivalDate: hi },
  ]
  if (row.arrival === 'not_asked') return range(undefined, undefined)
  if (row.arrival === 'unknown') return range('unsure', 'unsure')
  // An answer was given but no cutoff applied (lib/outcomes/arrival-bucket.ts): any day up to the screening.
  if (row.arrival === 'no_cutoff') return range('1900-01-01', day)
  if (!cutoff) return null
  if (row.arrival === 'on_or_before') return range('1900-01-01', cutoff)
  if (row.arrival === 'after') return range(addDays(cutoff, 1), day)
  if (row.arrival === 'straddles') return range(cutoff.slice(0, 7), cutoff.slice(0, 7))
  return null
}

export type ReplayResult = 'same' | 'changed' | 'cannot_tell'

/** Replays one stored outcome on `day` under the history as it is and with the draft published. */
export function replay(row: StoredOutcome, history: History, draft: RuleSet, day: string): ReplayResult {
  const answers = possibleAnswers(
    row,
    history.find((v) => v.id === row.rulesVersion),
    day,
  )
  if (!answers) return 'cannot_tell'
  const next = withVersion(history, draft)
  const before = answers.map((a) => evaluate(history, a, day).outcome)
  const after = answers.map((a) => evaluate(next, a, day).outcome)
  if (before[0] !== before[1] || after[0] !== after[1]) return 'cannot_tell'
  return before[0] === after[0] ? 'same' : 'changed'
}
