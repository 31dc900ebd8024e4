// Impact replay for a programme other than Safe Mobility. Stored outcomes keep the same buckets whatever the
// programme (host country, nationality, arrival bucket, status codes, adult); the arrival bucket is relative to
// the cutoff of the Safe Mobility version that decided, so the replay rebuilds the earliest and latest answers
// from it (replay.ts) and says "cannot tell" when the two ends decide differently. Facts are never known from a
// stored outcome: every fact the programme asks is replayed as "unsure", and the page says so. A programme
// that does not exist yet counts as "not eligible" before. Pure.
import type { Answers } from '@/lib/rules/answers'
import { evaluateProgramme } from '@/lib/rules/programmes/evaluate'
import type { Programme } from '@/lib/rules/programmes/programme'
import type { History } from '@/lib/rules/schema'

import { possibleAnswers, type ReplayResult, type StoredOutcome } from './replay'

/** Replays one stored outcome on `day` under the programme as it is (or null) and with the draft. */
export function replayProgramme(
  row: StoredOutcome,
  history: History,
  current: Programme | null,
  next: Programme,
  day: string,
): ReplayResult {
  const ends = possibleAnswers(
    row,
    history.find((v) => v.id === row.rulesVersion),
    day,
  )
  if (!ends) return 'cannot_tell'
  const facts = Object.fromEntries(next.facts.map((f) => [f.id, 'unsure' as const]))
  const answers: Answers[] = ends.map((a) => ({ ...a, facts }))
  const before = answers.map((a) => (current ? evaluateProgramme(current, a, day).outcome : 'not_eligible'))
  const after = answers.map((a) => evaluateProgramme(next, a, day).outcome)
  if (before[0] !== before[1] || after[0] !== after[1]) return 'cannot_tell'
  return before[0] === after[0] ? 'same' : 'changed'
}
