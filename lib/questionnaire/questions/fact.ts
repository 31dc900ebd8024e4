// A programme fact as a question: yes, no or "I'm not sure", worded by the programme's data. Sensitive
// conditions are never facts (the programme schema refuses them), so they are never asked.
import { factAnswer } from '@/lib/rules/answers'
import type { Localized } from '@/lib/rules/programmes/schema'

import { fail, one } from './fields'
import type { FactQuestionId, QuestionModule } from './types'

const prefix = 'fact-'

/** The question id of a programme fact. */
export const factQuestionId = (fact: string): FactQuestionId => `${prefix}${fact}`

/** The fact a question id names, if it names one. */
export function factOf(id: string): string | undefined {
  return id.startsWith(prefix) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id.slice(prefix.length))
    ? id.slice(prefix.length)
    : undefined
}

/** The question module of one programme fact (`question`: its wording in four languages). */
export function factQuestion(fact: string, question: Localized): QuestionModule {
  return {
    id: factQuestionId(fact),
    answers: `facts.${fact}`,
    question,
    parse(fields, draft) {
      const parsed = factAnswer.safeParse(one(fields.fact))
      return parsed.success
        ? { ok: true, patch: { facts: { ...draft.facts, [fact]: parsed.data } } }
        : fail('fact', 'choose_fact')
    },
    isAnswered: (draft) => draft.facts?.[fact] !== undefined,
    answerText: (draft, { t }) => {
      const answer = draft.facts?.[fact]
      return answer ? t(`fact.options.${answer}`) : ''
    },
  }
}
