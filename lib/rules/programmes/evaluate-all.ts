// Every programme for one screening, in the order given (Safe Mobility first, as screeningProgrammes() lists them).
import type { Answers } from '../answers'
import { type AnyProgramme, evaluateProgramme } from './evaluate'
import type { ProgrammeEvaluation } from './results'

/** Evaluates each programme against the answers on `asOf`. */
export function evaluateProgrammes(programmes: AnyProgramme[], answers: Answers, asOf: string): ProgrammeEvaluation[] {
  return programmes.map((p) => evaluateProgramme(p, answers, asOf))
}
