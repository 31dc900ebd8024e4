// What every question module is: one question of the questionnaire, the part of the answers it fills, how its
// submitted fields become answers, whether the draft holds its answer, and how that answer reads. Pure TypeScript
// and zod, so a browser bundle can run the questionnaire with the same modules as the server.
import type { TFunction } from 'i18next'

import type { Language } from '@/lib/i18n/settings'
import type { StatusCode } from '@/lib/rules/answers'
import type { Localized } from '@/lib/rules/programmes/schema'

import type { Draft } from '../draft'

/** The six shared questions, in the order they are asked; programme facts come after them. */
export const baseQuestionIds = [
  'host-country',
  'nationality',
  'arrival-date',
  'legal-status',
  'registration-date',
  'adult',
] as const
export type BaseQuestionId = (typeof baseQuestionIds)[number]
/** A fact question's id: `fact-` and the programme fact's id (its URL segment too). */
export type FactQuestionId = `fact-${string}`
export type QuestionId = BaseQuestionId | FactQuestionId

export type Fields = Record<string, string | string[] | undefined>
export type ParseResult = { ok: true; patch: Partial<Draft> } | { ok: false; errors: Record<string, string> }

/** The part of the answers a question fills. */
type AnswerPart =
  'hostCountry' | 'nationality' | 'arrivalDate' | 'statuses' | 'statuses.since' | 'adult' | `facts.${string}`

/** What routing knows when it asks whether a question is answered. */
interface AnsweredContext {
  /** The chosen statuses whose date is asked (registration-date). */
  dated: StatusCode[]
}

/** What a question needs to write its answer in words. */
interface TextContext {
  lng: Language
  /** The `questions` namespace. */
  t: TFunction
}

export interface QuestionModule {
  id: QuestionId
  answers: AnswerPart
  /** Reads the submitted fields; `today` (YYYY-MM-DD) rejects dates in the future. */
  parse: (fields: Fields, draft: Draft, today: string) => ParseResult
  isAnswered: (draft: Draft, context: AnsweredContext) => boolean
  /** The answer as a person reads it (check your answers, the printed sheet); '' when unanswered. */
  answerText: (draft: Draft, context: TextContext) => string
  /** A fact question's wording, from the programme's data (base questions take theirs from the locale files). */
  question?: Localized
}
