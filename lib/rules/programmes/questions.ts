// Which questions can still change a programme's outcome on a day, given the answers so far, so the
// questionnaire asks a fact only when it matters (never for a programme already closed or not eligible then).
import type { Answers, FactAnswer } from '../answers'
import { type AnyProgramme, evaluateProgramme } from './evaluate'
import { allBlocks } from './programme'
import { programmeVersionOn } from './registration'

const factValues: FactAnswer[] = ['yes', 'no', 'unsure']

/** The facts used by the version in force on `asOf` (in the order the programme defines them). */
export function factsInForce(programme: AnyProgramme, asOf: string): string[] {
  if (programme.engine !== 'blocks') return []
  const used = new Set(allBlocks(programmeVersionOn(programme, asOf)).flatMap((b) => (b.id === 'fact' ? [b.fact] : [])))
  return programme.facts.map((f) => f.id).filter((id) => used.has(id))
}

/**
 * Unanswered facts whose answer can change the outcome on `asOf`: for some answers to the other unanswered facts,
 * two answers to this one give different outcomes. Exact (it tries every combination; a version uses few facts).
 */
export function factsThatMatter(programme: AnyProgramme, answers: Answers, asOf: string): string[] {
  const open = factsInForce(programme, asOf).filter((id) => answers.facts?.[id] === undefined)
  if (open.length === 0) return []
  // An unanswered fact only makes a criterion unknown; if the programme is closed or not eligible even so,
  // no answer can open it (every other criterion is already decided).
  const first = evaluateProgramme(programme, answers, asOf).outcome
  if (first === 'registration_closed' || first === 'not_eligible') return []
  const outcomes = new Map<string, string>()
  for (const combination of combinations(open.length)) {
    const facts = { ...answers.facts }
    open.forEach((id, i) => (facts[id] = factValues[combination[i] ?? 2] ?? 'unsure'))
    outcomes.set(combination.join(''), evaluateProgramme(programme, { ...answers, facts }, asOf).outcome)
  }
  return open.filter((_, i) =>
    [...outcomes].some(([key, outcome]) =>
      [0, 1, 2].some((v) => outcomes.get(key.slice(0, i) + v + key.slice(i + 1)) !== outcome),
    ),
  )
}

/** Every assignment of n answers, each 0 (yes), 1 (no) or 2 (unsure). */
function combinations(n: number): number[][] {
  let all: number[][] = [[]]
  for (let i = 0; i < n; i += 1) all = all.flatMap((c) => [0, 1, 2].map((v) => [...c, v]))
  return all
}
