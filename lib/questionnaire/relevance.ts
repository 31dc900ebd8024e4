// "Ask only what matters" for the programmes made of blocks. A question is judged only on the answers given before
// it (later ones count as not yet known), so answering a later question never takes an earlier one away.
import type { AnswerDate, Answers, StatusAnswer, StatusCode } from '@/lib/rules/answers'
import { addDays } from '@/lib/rules/dates'
import {
  allBlocks,
  type AnyProgramme,
  evaluateProgramme,
  factsThatMatter,
  type Programme,
} from '@/lib/rules/programmes'
import { programmeVersionOn } from '@/lib/rules/programmes/registration'

import type { Draft } from './draft'
import type { Screening } from './screening'

/** The draft as answers, with every question not yet answered left undecided (no status, age unsure, no fact). */
function provisionalAnswers(draft: Draft): Answers | undefined {
  if (!draft.hostCountry || !draft.nationality) return undefined
  const answers: Answers = {
    hostCountry: draft.hostCountry,
    nationality: draft.nationality,
    statuses: draft.statuses ?? [],
    adult: draft.adult ?? 'unsure',
    facts: draft.facts ?? {},
  }
  if (draft.arrivalDate !== undefined) answers.arrivalDate = draft.arrivalDate
  return answers
}

/**
 * The block programmes whose outcome an answer could still change: host country and nationality allow them, and
 * they are not closed on the day for everyone of this nationality (closed wins over every other answer).
 */
function candidates(screening: Screening, answers: Answers): Programme[] {
  return screening.programmes.filter((p): p is Programme => {
    if (p.engine !== 'blocks' || !p.hostCountries.includes(answers.hostCountry)) return false
    const e = evaluateProgramme(p, answers, screening.asOf)
    if (!e.applies || e.engine !== 'blocks') return false
    const closed = e.routes.length
      ? e.routes.every((r) => r.outcome === 'registration_closed')
      : e.outcome === 'registration_closed'
    return !closed || statusLimited(p, screening.asOf).length > 0
  })
}

/** Status codes some registration period of the version in force is limited to. */
function statusLimited(p: Programme, asOf: string): StatusCode[] {
  const codes = allBlocks(programmeVersionOn(p, asOf)).flatMap((b) =>
    b.id === 'registration' ? b.periods.flatMap((period) => period.statuses ?? []) : [],
  )
  return [...new Set(codes)]
}

/**
 * Answers the person may still give after a question: age (when the programme asks it) and the programme's facts
 * in force, each met or not, or all still open. Trying them all finds a question whose effect one route would
 * hide while the facts are open (e.g. the CET's claim date, hidden by its "claim denied" route).
 */
function laterVariants(p: Programme, answers: Answers, asOf: string): Answers[] {
  const blocks = allBlocks(programmeVersionOn(p, asOf))
  const ages = blocks.some((b) => b.id === 'age') ? (['yes', 'no', 'unsure'] as const) : [answers.adult]
  const facts = [...new Map(blocks.flatMap((b) => (b.id === 'fact' ? [[b.fact, b.mustBe] as const] : []))).entries()]
  const flip = (v: 'yes' | 'no'): 'yes' | 'no' => (v === 'yes' ? 'no' : 'yes')
  let sets: NonNullable<Answers['facts']>[] = [{}]
  for (const [fact, mustBe] of facts.slice(0, 5))
    sets = sets.flatMap((set) => [mustBe, flip(mustBe)].map((v): typeof set => ({ ...set, [fact]: v })))
  if (facts.length) sets.push({})
  return ages.flatMap((adult) => sets.map((f) => ({ ...answers, adult, facts: { ...answers.facts, ...f } })))
}

/** Whether, for some later answers, trying each value of one question gives more than one outcome. */
function varies(p: Programme, asOf: string, later: Answers[], values: ((a: Answers) => Answers)[]): boolean {
  return later.some((a) => new Set(values.map((v) => evaluateProgramme(p, v(a), asOf).outcome)).size > 1)
}

const around = (d: string | undefined) => (d ? [addDays(d, -1), d, addDays(d, 1)] : [])

/** Whether the arrival date can change a block programme's outcome, whatever papers the person then names. */
export function arrivalMatters(draft: Draft, screening: Screening): boolean {
  const known = provisionalAnswers({ ...draft, arrivalDate: undefined, statuses: undefined, adult: undefined })
  if (!known) return false
  const { asOf } = screening
  return candidates(screening, known).some((p) => {
    const blocks = allBlocks(programmeVersionOn(p, asOf))
    const arrivals: (AnswerDate | undefined)[] = [undefined, '2000-01-01', asOf]
    const codes = new Set<StatusCode>(statusLimited(p, asOf))
    for (const b of blocks) {
      if (b.id === 'arrival') arrivals.push(...around(b.window.from), ...around(b.window.until))
      if (b.id === 'legal-status-any-of') b.anyOf.forEach((s) => codes.add(s.code))
    }
    const values = arrivals.map((arrivalDate) => (a: Answers) => ({ ...a, arrivalDate }))
    const papers: StatusAnswer[][] = [[], ...[...codes].map((code) => [{ code }])]
    return papers.some((statuses) => varies(p, asOf, laterVariants(p, { ...known, statuses }, asOf), values))
  })
}

/** The chosen statuses whose registration date can change a block programme's outcome. */
export function datesThatMatter(draft: Draft, screening: Screening): StatusCode[] {
  const known = provisionalAnswers({ ...draft, adult: undefined, facts: undefined })
  if (!known) return []
  const { asOf } = screening
  const chosen = known.statuses.map((s) => ({ code: s.code }))
  const dated = new Set<StatusCode>()
  for (const p of candidates(screening, { ...known, statuses: chosen }))
    for (const block of allBlocks(programmeVersionOn(p, asOf))) {
      if (block.id !== 'legal-status-any-of') continue
      for (const { code, registered } of block.anyOf) {
        if (!registered || dated.has(code) || !chosen.some((s) => s.code === code)) continue
        const sinces = [undefined, ...around(registered.from), ...around(registered.until)]
        const values = sinces.map((since) => (a: Answers) => ({
          ...a,
          statuses: chosen.map((s) => (s.code === code && since ? { ...s, since } : s)),
        }))
        if (varies(p, asOf, laterVariants(p, { ...known, statuses: chosen }, asOf), values)) dated.add(code)
      }
    }
  return [...dated]
}

/** The facts of the programmes screened, in order (programme order, then each programme's), each once. */
function factOrder(programmes: AnyProgramme[]): string[] {
  return [...new Set(programmes.flatMap((p) => (p.engine === 'blocks' ? p.facts.map((f) => f.id) : [])))]
}

/**
 * The facts asked, in order: each one only if, given the base answers and the facts asked before it, its answer
 * can change the outcome of at least one programme on the screening day.
 */
export function factsAsked(draft: Draft, screening: Screening): string[] {
  return factRounds(draft, screening).map((r) => r.fact)
}

/** The programmes a fact is asked for (those whose outcome its answer can change). */
export function programmesAsking(fact: string, draft: Draft, screening: Screening): Programme[] {
  return factRounds(draft, screening).find((r) => r.fact === fact)?.programmes ?? []
}

function factRounds(draft: Draft, screening: Screening): { fact: string; programmes: Programme[] }[] {
  const answers = provisionalAnswers(draft)
  if (!answers || !draft.statuses || !draft.adult) return []
  const rounds: { fact: string; programmes: Programme[] }[] = []
  const known: NonNullable<Answers['facts']> = {}
  const programmes = candidates(screening, { ...answers, facts: {} })
  const order = factOrder(programmes)
  // Each round asks the first fact, in order, that can still change an outcome given the facts answered so far.
  for (;;) {
    const matter = programmes.map((p) => ({
      p,
      facts: factsThatMatter(p, { ...answers, facts: known }, screening.asOf),
    }))
    const fact = order.find((f) => matter.some((m) => m.facts.includes(f)))
    if (!fact) return rounds
    rounds.push({ fact, programmes: matter.filter((m) => m.facts.includes(fact)).map((m) => m.p) })
    const answer = draft.facts?.[fact]
    if (answer === undefined) return rounds // later facts are judged once this one is answered
    known[fact] = answer
  }
}
