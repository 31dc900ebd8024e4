// One small function per block: each says met / not_met / unknown and hands back its rule value.
import type { Answers, StatusAnswer } from '../answers'
import { onOrBefore } from '../dates'
import type { CriterionStatus } from '../evaluation'
import type { Block, BlockOf } from './blocks'
import type { BlockResult } from './results'
import { placeInWindow, rank, weaker } from './window'

/** Evaluates one non-registration block against the answers on `asOf`. */
export function evaluateBlock(
  block: Exclude<Block, { id: 'registration' }>,
  answers: Answers,
  asOf: string,
): BlockResult {
  switch (block.id) {
    case 'nationality-any-of': {
      const entry = block.nationalities.find((n) => n.code === answers.nationality)
      return { id: block.id, rule: block, status: !entry ? 'not_met' : entry.uncertain ? 'unknown' : 'met' }
    }
    case 'nationality-any-but': {
      const excluded =
        block.excluded.some((n) => n.code === answers.nationality) ||
        (block.excludeHostNationals && answers.nationality === answers.hostCountry)
      return { id: block.id, rule: block, status: excluded ? 'not_met' : 'met' }
    }
    case 'arrival': {
      const place = placeInWindow(answers.arrivalDate, block.window)
      const status =
        place === 'inside' ? 'met' : place === 'before' ? 'not_met' : place === 'after' ? block.afterWindow : 'unknown'
      return { id: block.id, rule: block, status }
    }
    case 'legal-status-any-of':
      return { id: block.id, rule: block, status: anyOfStatus(block, answers.statuses, asOf) }
    case 'legal-status-none-of':
      return { id: block.id, rule: block, status: noneOfStatus(block, answers.statuses, asOf) }
    case 'age': {
      const wanted = block.mustBe === 'adult' ? 'yes' : 'no'
      const status = answers.adult === 'unsure' ? 'unknown' : answers.adult === wanted ? 'met' : 'not_met'
      return { id: block.id, rule: block, status }
    }
    case 'fact': {
      const answer = answers.facts?.[block.fact]
      const status =
        answer === undefined || answer === 'unsure' ? 'unknown' : answer === block.mustBe ? 'met' : block.otherAnswer
      return { id: block.id, rule: block, status }
    }
  }
}

/** A status obtained after the screening day does not count yet ("at the time of application"). */
function heldOn(answer: StatusAnswer, asOf: string): CriterionStatus {
  return answer.since && answer.since !== 'unsure' ? onOrBefore(answer.since, asOf) : 'met'
}

function anyOfStatus(block: BlockOf<'legal-status-any-of'>, statuses: StatusAnswer[], asOf: string): CriterionStatus {
  let best: CriterionStatus = 'not_met'
  for (const answer of statuses) {
    const accepted = block.anyOf.find((a) => a.code === answer.code)
    if (!accepted) continue
    let match = heldOn(answer, asOf)
    if (accepted.registered) {
      const place = placeInWindow(answer.since, accepted.registered)
      let dated: CriterionStatus = place === 'inside' ? 'met' : place === 'unknown' ? 'unknown' : 'not_met'
      // A refugee's date is the day of recognition; the claim was registered earlier, possibly in the window.
      if (place === 'after' && answer.code === 'refugee') dated = 'unknown'
      match = weaker(match, dated)
    }
    if (match === 'met' && accepted.uncertain) match = 'unknown'
    if (rank[match] > rank[best]) best = match
  }
  if (best !== 'not_met') return best
  const undecided = statuses.length === 0 || statuses.some((s) => s.code === 'unsure')
  return undecided ? 'unknown' : block.otherwise
}

function noneOfStatus(block: BlockOf<'legal-status-none-of'>, statuses: StatusAnswer[], asOf: string): CriterionStatus {
  let held: CriterionStatus = 'not_met'
  for (const answer of statuses)
    if (block.noneOf.some((n) => n.code === answer.code))
      held = rank[heldOn(answer, asOf)] > rank[held] ? heldOn(answer, asOf) : held
  if (held === 'met') return block.whenHeld
  const undecided = statuses.length === 0 || statuses.some((s) => s.code === 'unsure') || held === 'unknown'
  return undecided ? 'unknown' : 'met'
}
