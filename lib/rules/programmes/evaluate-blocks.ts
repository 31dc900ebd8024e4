// The engine for programmes made of blocks: picks the version in force on `asOf`, evaluates the shared criteria
// and each route, and keeps the route best for the person. Within a route the Safe Mobility precedence holds:
// closed registration wins, then any unmet criterion, then any unknown one.
import type { Answers } from '../answers'
import type { Outcome } from '../evaluation'
import type { Block } from './blocks'
import { evaluateBlock } from './criteria'
import { blocksNextSteps } from './next-steps'
import type { Programme } from './programme'
import { programmeVersionOn, registrationResult } from './registration'
import type { BlockResult, BlocksEvaluation, RouteResult } from './results'

/**
 * How good a route is for the person: likely eligible, then "need more information", then closed for someone
 * who meets everything else (the honest answer is "closed"), then not eligible on an open route, then a route
 * that is closed and not for them anyway.
 */
function routeRank(outcome: Outcome, criteria: BlockResult[]): number {
  if (outcome === 'likely_eligible') return 4
  if (outcome === 'needs_more_information') return 3
  if (outcome === 'not_eligible') return 1
  return criteria.some((c) => c.id !== 'registration' && c.status === 'not_met') ? 0 : 2
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
  const rankOf = (r: RouteResult) => routeRank(r.outcome, [...shared, ...r.criteria])
  const best = routes.reduce<RouteResult | undefined>(
    (chosen, r) => (!chosen || rankOf(r) > rankOf(chosen) ? r : chosen),
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
function decideBlocks(results: BlockResult[]): Outcome {
  if (results.some((r) => r.id === 'registration' && r.status === 'not_met')) return 'registration_closed'
  if (results.some((r) => r.status === 'not_met')) return 'not_eligible'
  if (results.some((r) => r.status === 'unknown')) return 'needs_more_information'
  return 'likely_eligible'
}
