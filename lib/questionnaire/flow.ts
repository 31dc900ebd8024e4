// Routing only: which question comes next. Thresholds and dates live in the rules (lib/rules).
import type { StatusAnswer } from '@/lib/rules/answers'
import { needsArrivalDate, statusesNeedingDate } from '@/lib/rules/lookups'
import type { RuleSet } from '@/lib/rules/schema'

import type { Draft } from './draft'

export const questionIds = [
  'host-country',
  'nationality',
  'arrival-date',
  'legal-status',
  'registration-date',
  'adult',
] as const
export type QuestionId = (typeof questionIds)[number]

/**
 * Where the questionnaire ends early, with its own honest outcome: the person is in a country without an office
 * ('another country') or has no nationality to check ('stateless or not known'). Both show the 'stop' page.
 */
export type Stop = 'elsewhere' | 'no-nationality'
/** A step of the questionnaire: a question, check-your-answers, or the page of an early stop. */
export type Step = QuestionId | 'check-answers' | 'stop'

/** Why this draft ends early, if it does. */
export function stopOf(draft: Draft): Stop | undefined {
  if (draft.elsewhere) return 'elsewhere'
  if (draft.hostCountry && draft.stateless) return 'no-nationality'
  return undefined
}

/** Whether `value` names a question page. */
export function isQuestionId(value: string): value is QuestionId {
  return (questionIds as readonly string[]).includes(value)
}

/** The statuses chosen whose acceptance depends on when they were registered (asked on 'registration-date'). */
export function datedStatuses(draft: Draft, version: RuleSet): StatusAnswer[] {
  const { hostCountry, nationality, statuses = [] } = draft
  if (!hostCountry || !nationality) return []
  const dated = statusesNeedingDate(version, hostCountry, nationality)
  return statuses.filter((s) => dated.includes(s.code))
}

/** The questions this person is asked, in order, given what they answered so far. */
export function journey(draft: Draft, version: RuleSet): QuestionId[] {
  const { hostCountry, nationality } = draft
  const stop = stopOf(draft)
  if (stop === 'elsewhere') return ['host-country']
  if (stop === 'no-nationality') return ['host-country', 'nationality']
  return questionIds.filter((id) => {
    if (id === 'arrival-date')
      return !hostCountry || !nationality || needsArrivalDate(version, hostCountry, nationality)
    if (id === 'registration-date') return datedStatuses(draft, version).length > 0
    return true
  })
}

/** Whether the draft holds an answer to `id`. */
function isAnswered(draft: Draft, id: QuestionId, version: RuleSet): boolean {
  switch (id) {
    case 'host-country':
      return draft.hostCountry !== undefined || draft.elsewhere !== undefined
    case 'nationality':
      return draft.nationality !== undefined || draft.stateless !== undefined
    case 'arrival-date':
      return draft.arrivalDate !== undefined
    case 'legal-status':
      return draft.statuses !== undefined
    case 'registration-date':
      return datedStatuses(draft, version).every((s) => s.since !== undefined)
    case 'adult':
      return draft.adult !== undefined
  }
}

/** The first question of the journey still unanswered; when all are answered, 'check-answers' or 'stop'. */
export function nextStep(draft: Draft, version: RuleSet): Step {
  const open = journey(draft, version).find((id) => !isAnswered(draft, id, version))
  return open ?? (stopOf(draft) ? 'stop' : 'check-answers')
}

/**
 * The step number a question shows, and the total. The follow-up on registration dates shares the number of
 * the papers question it depends on, so the total does not grow from "4 of 5" to "5 of 6" once papers are chosen.
 */
export function stepNumber(draft: Draft, version: RuleSet, id: QuestionId): { n: number; total: number } {
  const counted = journey(draft, version).filter((q) => q !== 'registration-date')
  const at = id === 'registration-date' ? 'legal-status' : id
  return { n: counted.indexOf(at) + 1, total: counted.length }
}

/** Drops answers the journey no longer asks for (e.g. an arrival date after a change of nationality). */
export function prune(draft: Draft, version: RuleSet): Draft {
  const asked = journey(draft, version)
  const dated = datedStatuses(draft, version).map((s) => s.code)
  return {
    ...draft,
    arrivalDate: asked.includes('arrival-date') ? draft.arrivalDate : undefined,
    statuses: draft.statuses?.map((s) => (dated.includes(s.code) ? s : { code: s.code })),
  }
}

/**
 * The draft after one answer. A new host country drops the arrival date and papers (they were about the other
 * country); the screening starts anew (a new outcome is stored) only when an answer really changed.
 */
export function applyAnswer(draft: Draft, patch: Partial<Draft>, version: RuleSet): Draft {
  const changed = (Object.keys(patch) as (keyof Draft)[]).some(
    (k) => JSON.stringify(patch[k]) !== JSON.stringify(draft[k]),
  )
  if (!changed) return draft
  const next: Draft = { ...draft, ...patch, screeningId: undefined, resultCode: undefined, hostChanged: undefined }
  const hadAnswers = draft.arrivalDate !== undefined || draft.statuses !== undefined
  if (patch.hostCountry && draft.hostCountry && patch.hostCountry !== draft.hostCountry) {
    next.arrivalDate = undefined
    next.statuses = undefined
    if (hadAnswers) next.hostChanged = true
  }
  return prune(next, version)
}
