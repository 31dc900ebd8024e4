// Every question of the questionnaire, one module each: the six shared ones, and one per programme fact, worded
// by the programme's data.
import type { AnyProgramme } from '@/lib/rules/programmes/evaluate'
import type { Localized } from '@/lib/rules/programmes/schema'

import { adult } from './adult'
import { arrivalDate } from './arrival-date'
import { factOf, factQuestion } from './fact'
import { hostCountry } from './host-country'
import { legalStatus } from './legal-status'
import { nationality } from './nationality'
import { registrationDate } from './registration-date'
import { type BaseQuestionId, baseQuestionIds, type QuestionId, type QuestionModule } from './types'

export const baseQuestions: Record<BaseQuestionId, QuestionModule> = {
  'host-country': hostCountry,
  nationality,
  'arrival-date': arrivalDate,
  'legal-status': legalStatus,
  'registration-date': registrationDate,
  adult,
}

/** Whether `value` names a question page: a shared question, or `fact-<fact id>` (routing decides if it is asked). */
export function isQuestionId(value: string): value is QuestionId {
  return (baseQuestionIds as readonly string[]).includes(value) || factOf(value) !== undefined
}

/** The wording of a fact as the first programme defining it gives it. */
function factWording(programmes: AnyProgramme[], fact: string): Localized | undefined {
  for (const p of programmes) {
    const found = p.engine === 'blocks' ? p.facts.find((f) => f.id === fact) : undefined
    if (found) return found.question
  }
  return undefined
}

/** The module of question `id`; undefined for a fact no programme screened defines. */
export function questionModule(id: QuestionId, programmes: AnyProgramme[]): QuestionModule | undefined {
  if ((baseQuestionIds as readonly string[]).includes(id)) return baseQuestions[id as BaseQuestionId]
  const fact = factOf(id)
  const wording = fact && factWording(programmes, fact)
  return fact && wording ? factQuestion(fact, wording) : undefined
}

export { factOf, factQuestionId } from './fact'
export type * from './types'
export { baseQuestionIds } from './types'
