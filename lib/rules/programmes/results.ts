// What evaluateProgramme returns: the outcome, each criterion with its status and its typed rule value (the
// block itself, so a page reads `result.rule.window.until` without a cast), and next steps as codes.
import type { HostCountry } from '../answers'
import type { Criterion as SafeMobilityCriterion, CriterionStatus, NextStep, Outcome } from '../evaluation'
import type { BlockId, BlockOf, ProgrammePeriod, ProgrammePeriodStatus } from './blocks'
import type { ProgrammeKind } from './schema'
import type { SensitiveCondition } from './sensitive'

interface RegistrationDetail {
  /** The period in force that day for this person, if any (none: closed). */
  period?: ProgrammePeriod
  periodStatus: ProgrammePeriodStatus
  closedSince?: string
  opensOn?: string
}

type ResultOf<K extends BlockId> = { id: K; status: CriterionStatus; rule: BlockOf<K> } & (K extends 'registration'
  ? RegistrationDetail
  : object)
/** One criterion's result, typed by the block's id. */
export type BlockResult = { [K in BlockId]: ResultOf<K> }[BlockId]
export type RegistrationResult = ResultOf<'registration'>

interface HostCountryResult {
  id: 'host-country'
  status: CriterionStatus
  rule: { hostCountries: HostCountry[] }
}

export interface RouteResult {
  id: string
  outcome: Outcome
  criteria: BlockResult[]
}

/** The same shape as the Safe Mobility next steps: a code plus plain parameters. */
export type ProgrammeNextStep = NextStep

interface EvaluationBase {
  programme: string
  kind: ProgrammeKind
  outcome: Outcome
  version: string
  asOf: string
  hostCountry: HostCountry
  /** Host country and nationality allow this programme (otherwise a page lists it in one line). */
  applies: boolean
  nextSteps: ProgrammeNextStep[]
  checkYourself: SensitiveCondition[]
}

/** A programme evaluated from blocks: shared criteria plus, for programmes with routes, each route's result. */
export interface BlocksEvaluation extends EvaluationBase {
  engine: 'blocks'
  criteria: (HostCountryResult | BlockResult)[]
  routes: RouteResult[]
  /** The route that gave the outcome (absent when the programme has none or the host country does not apply). */
  route?: string
}

/** The Safe Mobility programme: today's engine and criteria, unchanged. */
export interface SafeMobilityEvaluation extends EvaluationBase {
  engine: 'safe-mobility'
  criteria: SafeMobilityCriterion[]
}

export type ProgrammeEvaluation = BlocksEvaluation | SafeMobilityEvaluation
