// One entry point for every programme: block programmes run the block engine; Safe Mobility keeps its own
// engine and history unchanged, so its versions, vectors and stored outcomes keep their meaning.
import type { Answers } from '../answers'
import { evaluate } from '../evaluate'
import type { History } from '../schema'
import { evaluateBlocksProgramme } from './evaluate-blocks'
import type { Programme } from './programme'
import type { ProgrammeEvaluation, SafeMobilityEvaluation } from './results'
import type { ProgrammeInfo } from './schema'

/** The Safe Mobility programme: its metadata plus today's rule history, evaluated by today's engine. */
export type SafeMobilityProgramme = ProgrammeInfo & { engine: 'safe-mobility'; facts: []; history: History }
export type AnyProgramme = Programme | SafeMobilityProgramme

/** Whether the person could likely use this programme on `asOf`, with every criterion and next step. */
export function evaluateProgramme(programme: AnyProgramme, answers: Answers, asOf: string): ProgrammeEvaluation {
  if (programme.engine === 'blocks') return evaluateBlocksProgramme(programme, answers, asOf)
  return evaluateSafeMobility(programme, answers, asOf)
}

function evaluateSafeMobility(
  programme: SafeMobilityProgramme,
  answers: Answers,
  asOf: string,
): SafeMobilityEvaluation {
  const e = evaluate(programme.history, answers, asOf)
  return {
    engine: 'safe-mobility',
    programme: programme.id,
    kind: programme.kind,
    outcome: e.outcome,
    version: e.rulesVersion,
    asOf,
    hostCountry: e.hostCountry,
    applies: !e.criteria.some((c) => c.id === 'nationality' && c.status === 'not_met'),
    criteria: e.criteria,
    nextSteps: e.nextSteps,
    checkYourself: [],
  }
}
