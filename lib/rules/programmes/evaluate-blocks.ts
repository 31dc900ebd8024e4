// The engine for programmes made of blocks: picks the version in force on `asOf`, evaluates the shared criteria
// and each route, and keeps the best route. Within a route the Safe Mobility precedence holds: closed
// registration wins, then any unmet criterion, then any unknown one.
import type { Answers } from '../answers'
import type { Outcome } from '../evaluation'
import type { Block } from './blocks'
import { evaluateBlock } from './criteria'
import { blocksNextSteps } from './next-steps'
import type { Programme } from './programme'
import { programmeVersionOn, registrationResult } from './registration'
import type { BlockResult, BlocksEvaluation, RouteResult } from './results'

/** Likely eligible by any route beats "need more information", which beats closed, which beats not eligible. */
const preference: Record<Outcome, number> = {
  likely_eligible: 3,
  needs_more_information: 2,
  registration_closed: 1,
  not_eligible: 0,
}

/** Whether the person could likely apply to (or be identified for) this programme on `asOf`, and why. */
export function evaluateBlocksProgramme(programme: Programme, answers: Answers, asOf: string): BlocksEvaluation {
  const version = programmeVersionOn(programme, asOf)
  const base = {
    engine: 'blocks' as const,
    programme: programme.id,
    kind: programme.kind,
    version: version.id,
    asOf,
    hostCountry: answers.hostCountry,
    checkYourself: version.checkYourself.map((c) => c.condition),
  }
  if (!programme.hostCountries.includes(answers.hostCountry)) {
    const host = {
      id: 'host-country' as const,
      status: 'not_met' as const,
      rule: { hostCountries: programme.hostCountries },
    }
    return {
      ...base,
      outcome: 'not_eligible',
      applies: false,
      criteria: [host],
      routes: [],
      nextSteps: blocksNextSteps(programme, 'not_eligible', []),
    }
  }
  const run = (blocks: Block[], route: string | undefined): BlockResult[] =>
    blocks.map((b) =>
      b.id === 'registration'
        ? registrationResult(programme, route, b, answers, asOf)
        : evaluateBlock(b, answers, asOf),
    )
  const shared = run(version.criteria, undefined)
  const routes: RouteResult[] = (version.routes ?? []).map((r) => {
    const criteria = run(r.criteria, r.id)
    return { id: r.id, outcome: decideBlocks([...shared, ...criteria]), criteria }
  })
  const best = routes.reduce<RouteResult | undefined>(
    (chosen, r) => (!chosen || preference[r.outcome] > preference[chosen.outcome] ? r : chosen),
    undefined,
  )
  const outcome = best?.outcome ?? decideBlocks(shared)
  const applies = !shared.some((c) => c.id.startsWith('nationality') && c.status === 'not_met')
  const considered = [...shared, ...(best?.criteria ?? [])]
  const result: BlocksEvaluation = {
    ...base,
    outcome,
    applies,
    criteria: shared,
    routes,
    nextSteps: blocksNextSteps(programme, outcome, considered, version.notes),
  }
  if (best) result.route = best.id
  return result
}

/** The Safe Mobility precedence: closed registration wins, then any unmet criterion, then any unknown one. */
export function decideBlocks(results: BlockResult[]): Outcome {
  if (results.some((r) => r.id === 'registration' && r.status === 'not_met')) return 'registration_closed'
  if (results.some((r) => r.status === 'not_met')) return 'not_eligible'
  if (results.some((r) => r.status === 'unknown')) return 'needs_more_information'
  return 'likely_eligible'
}
