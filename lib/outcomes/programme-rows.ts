// The anonymised rows a screening stores for its other programmes (outcome_programmes): codes only. Safe
// Mobility's outcome is the `outcomes` row itself; a programme for another host country was not screened for
// (its only criterion is the host country), so it is not stored. Facts: only those the programme's version asks,
// answered, and never a sensitive condition (a programme's data cannot ask one, this checks again).
import type { Answers } from '@/lib/rules/answers'
import { criterionStatusesByKey, isSensitive, type ProgrammeEvaluation } from '@/lib/rules/programmes'

/** One row of `outcome_programmes` without its outcome_id (the parent row's id, set on insert). */
export interface OutcomeProgrammeRow {
  programme: string
  programme_version: string
  outcome: ProgrammeEvaluation['outcome']
  criteria: { id: string; status: string }[]
  /** Answers to the facts this programme asks, as codes; never a sensitive condition. */
  facts: Record<string, 'yes' | 'no' | 'unsure'>
}

/** The outcome_programmes rows for these evaluations of one screening (at most one per programme). */
export function toOutcomeProgrammeRows(evaluations: ProgrammeEvaluation[], answers: Answers): OutcomeProgrammeRow[] {
  const rows = new Map<string, OutcomeProgrammeRow>()
  for (const e of evaluations) {
    if (e.engine !== 'blocks' || rows.has(e.programme)) continue
    if (e.criteria.some((c) => c.id === 'host-country' && c.status === 'not_met')) continue
    rows.set(e.programme, {
      programme: e.programme,
      programme_version: e.version,
      outcome: e.outcome,
      criteria: [...criterionStatusesByKey(e)].map(([id, status]) => ({ id, status })),
      facts: askedFacts(e, answers),
    })
  }
  return [...rows.values()]
}

function askedFacts(e: Extract<ProgrammeEvaluation, { engine: 'blocks' }>, answers: Answers) {
  const asked = [...e.criteria, ...e.routes.flatMap((r) => r.criteria)].flatMap((c) =>
    c.id === 'fact' ? [c.rule.fact] : [],
  )
  const facts: OutcomeProgrammeRow['facts'] = {}
  for (const id of asked.sort()) {
    const answer = answers.facts?.[id]
    if (answer && !isSensitive(id)) facts[id] = answer
  }
  return facts
}
