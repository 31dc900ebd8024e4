import { describe, expect, it } from 'vitest'

import { getT } from '@/lib/i18n/server'
import { shippedProgrammes } from '@/lib/rules/data/programmes'

import { factOf, isQuestionId, questionModule } from './index'

describe('fact questions', () => {
  const question = questionModule('fact-family-in-canada', shippedProgrammes)!

  it('names a fact by its id, and nothing else', () => {
    expect(isQuestionId('fact-family-in-canada')).toBe(true)
    expect(isQuestionId('fact-')).toBe(false)
    expect(isQuestionId('fact-Family')).toBe(false)
    expect(factOf('adult')).toBeUndefined()
  })

  it('takes its wording from the programme data, and has no question for a fact no programme defines', () => {
    expect(question.question?.en).toMatch(/Canada/)
    expect(question.answers).toBe('facts.family-in-canada')
    expect(questionModule('fact-not-a-fact', shippedProgrammes)).toBeUndefined()
  })

  it('keeps yes, no or not sure beside the other facts, and refuses anything else', () => {
    const draft = { facts: { 'has-virte': 'no' as const } }
    expect(question.parse({ fact: 'unsure' }, draft, '2024-01-01')).toEqual({
      ok: true,
      patch: { facts: { 'has-virte': 'no', 'family-in-canada': 'unsure' } },
    })
    expect(question.parse({ fact: 'maybe' }, draft, '2024-01-01')).toEqual({
      ok: false,
      errors: { fact: 'choose_fact' },
    })
    expect(question.isAnswered(draft, { dated: [] })).toBe(false)
  })

  it('reads its answer in words', () => {
    const draft = { facts: { 'family-in-canada': 'yes' as const } }
    expect(question.answerText(draft, { lng: 'ht', t: getT('ht', 'questions') })).toBe('Wi')
    expect(question.answerText({}, { lng: 'es', t: getT('es', 'questions') })).toBe('')
  })
})
