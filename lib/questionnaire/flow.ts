// Routing only: which question comes next. Thresholds and dates live in the rules (lib/rules); each question's
// parsing and wording live in its module (./questions). Pure, so a browser bundle can route the same way.
import type { StatusAnswer, StatusCode } from '@/lib/rules/answers'
import { needsArrivalDate, statusesNeedingDate } from '@/lib/rules/lookups'

import type { Draft } from './draft'
import { baseQuestionIds, factQuestionId, type QuestionId, type QuestionModule, questionModule } from './questions'
import { arrivalMatters, datesThatMatter, factsAsked } from './relevance'
import type { Screening } from './screening'

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

interface Plan {
  journey: QuestionId[]
  dated: StatusCode[]
}

// Judging what matters evaluates the programmes many times: one plan per set of answers, kept with the screening.
const plans = new WeakMap<Screening, Map<string, Plan>>()

function planOf(draft: Draft, screening: Screening): Plan {
  const { hostCountry, nationality, elsewhere, stateless, arrivalDate, statuses, adult, facts } = draft
  const key = JSON.stringify([hostCountry, nationality, elsewhere, stateless, arrivalDate, statuses, adult, facts])
  let cache = plans.get(screening)
  if (!cache) plans.set(screening, (cache = new Map()))
  let plan = cache.get(key)
  if (!plan) {
    if (cache.size >= 64) cache.clear()
    plan = makePlan(draft, screening)
    cache.set(key, plan)
  }
  return plan
}

function makePlan(draft: Draft, screening: Screening): Plan {
  const { hostCountry, nationality, statuses = [] } = draft
  const stop = stopOf(draft)
  if (stop === 'elsewhere') return { journey: ['host-country'], dated: [] }
  if (stop === 'no-nationality') return { journey: ['host-country', 'nationality'], dated: [] }
  const datedCodes =
    hostCountry && nationality
      ? [...statusesNeedingDate(screening.version, hostCountry, nationality), ...datesThatMatter(draft, screening)]
      : []
  const dated = statuses.map((s) => s.code).filter((code) => datedCodes.includes(code))
  const base = baseQuestionIds.filter((id) => {
    if (id === 'arrival-date')
      return (
        !hostCountry ||
        !nationality ||
        needsArrivalDate(screening.version, hostCountry, nationality) ||
        arrivalMatters(draft, screening)
      )
    if (id === 'registration-date') return dated.length > 0
    return true
  })
  return { journey: [...base, ...factsAsked(draft, screening).map(factQuestionId)], dated }
}

/** The statuses chosen whose date is asked on 'registration-date': Safe Mobility's dated ones, and the blocks'. */
export function datedStatuses(draft: Draft, screening: Screening): StatusAnswer[] {
  const { dated } = planOf(draft, screening)
  return (draft.statuses ?? []).filter((s) => dated.includes(s.code))
}

/**
 * The questions this person is asked, in order, given what they answered so far: Safe Mobility's as before, the
 * arrival date and registration dates also when another programme needs them, then each programme fact that can
 * still change an outcome on the screening day.
 */
export function journey(draft: Draft, screening: Screening): QuestionId[] {
  return planOf(draft, screening).journey
}

/** The module of a question in the journey (a fact routing asks always has a programme defining it). */
export function questionModuleOf(id: QuestionId, screening: Screening): QuestionModule {
  const found = questionModule(id, screening.programmes)
  if (!found) throw new Error(`no question ${id}`)
  return found
}

/** Whether the draft holds an answer to `id`. */
function isAnswered(draft: Draft, id: QuestionId, screening: Screening): boolean {
  const { dated } = planOf(draft, screening)
  return questionModuleOf(id, screening).isAnswered(draft, { dated })
}

/** The first question of the journey still unanswered; when all are answered, 'check-answers' or 'stop'. */
export function nextStep(draft: Draft, screening: Screening): Step {
  const open = journey(draft, screening).find((id) => !isAnswered(draft, id, screening))
  return open ?? (stopOf(draft) ? 'stop' : 'check-answers')
}

/**
 * The step number a question shows, and the total. The follow-up on registration dates shares the number of
 * the papers question it depends on, so the total does not grow from "4 of 5" to "5 of 6" once papers are chosen.
 */
export function stepNumber(draft: Draft, screening: Screening, id: QuestionId): { n: number; total: number } {
  const counted = journey(draft, screening).filter((q) => q !== 'registration-date')
  const at = id === 'registration-date' ? 'legal-status' : id
  return { n: counted.indexOf(at) + 1, total: counted.length }
}

/** Drops answers the journey no longer asks for (an arrival date after a change of nationality, a fact). */
export function prune(draft: Draft, screening: Screening): Draft {
  const asked = journey(draft, screening)
  const dated = datedStatuses(draft, screening).map((s) => s.code)
  const facts = Object.entries(draft.facts ?? {}).filter(([fact]) => asked.includes(factQuestionId(fact)))
  return {
    ...draft,
    arrivalDate: asked.includes('arrival-date') ? draft.arrivalDate : undefined,
    statuses: draft.statuses?.map((s) => (dated.includes(s.code) ? s : { code: s.code })),
    facts: facts.length ? Object.fromEntries(facts) : undefined,
  }
}

/**
 * The draft after one answer. A new host country drops the arrival date and papers (they were about the other
 * country); the screening starts anew (a new outcome is stored) only when an answer really changed.
 */
export function applyAnswer(draft: Draft, patch: Partial<Draft>, screening: Screening): Draft {
  const changed = (Object.keys(patch) as (keyof Draft)[]).some(
    (k) => JSON.stringify(patch[k]) !== JSON.stringify(draft[k]),
  )
  if (!changed) return draft
  const next: Draft = {
    ...draft,
    ...patch,
    screeningId: undefined,
    resultCode: undefined,
    evaluatedOn: undefined,
    hostChanged: undefined,
  }
  const hadAnswers = draft.arrivalDate !== undefined || draft.statuses !== undefined
  if (patch.hostCountry && draft.hostCountry && patch.hostCountry !== draft.hostCountry) {
    next.arrivalDate = undefined
    next.statuses = undefined
    next.facts = undefined
    if (hadAnswers) next.hostChanged = true
  }
  return prune(next, screening)
}
