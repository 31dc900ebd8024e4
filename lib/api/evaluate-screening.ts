import 'server-only'

import { screeningHistory } from '@/lib/db/history'
import { screeningProgrammes } from '@/lib/db/programmes'
import type { Answers } from '@/lib/rules/answers'
import { evaluate } from '@/lib/rules/evaluate'
import type { Evaluation } from '@/lib/rules/evaluation'
import { evaluateProgrammes, type ProgrammeEvaluation } from '@/lib/rules/programmes'

/**
 * One screening through every programme: Safe Mobility's evaluation (the API's top-level fields, unchanged)
 * and each programme's, Safe Mobility first, from the same rule history.
 */
export async function evaluateScreening(
  answers: Answers,
  asOf: string,
): Promise<{ evaluation: Evaluation; programmes: ProgrammeEvaluation[] }> {
  const programmes = await screeningProgrammes()
  const safeMobility = programmes.find((p) => p.engine === 'safe-mobility')
  const history = safeMobility?.engine === 'safe-mobility' ? safeMobility.history : await screeningHistory()
  return { evaluation: evaluate(history, answers, asOf), programmes: evaluateProgrammes(programmes, answers, asOf) }
}
