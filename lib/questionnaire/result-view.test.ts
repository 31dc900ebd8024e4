import { describe, expect, it } from 'vitest'

import type { Answers } from '@/lib/rules/answers'
import { shippedHistory } from '@/lib/rules/data'
import { evaluate } from '@/lib/rules/evaluate'
import { statusOn } from '@/lib/rules/registration'

import { resultView } from './result-view'

const today = '2026-11-26'
const venezuelan: Answers = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-01',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
}

describe('the result page view', () => {
  it('tells a past day that was open in the past tense, and knows the programme is closed today', () => {
    const evaluation = evaluate(shippedHistory, venezuelan, '2024-03-04')
    const view = resultView(shippedHistory, venezuelan, evaluation, today, 'es')
    expect(evaluation.outcome).toBe('likely_eligible')
    expect(view).toMatchObject({ pastDay: true, closedToday: true })
    expect(view.steps.find((s) => s.code === 'apply-online')?.params?.tense).toBe('past')
    expect(view.steps.map((s) => s.code)).not.toContain('ask-asylum')
  })
  it('offers a day the rules confirm open for a closed result, and the official page in Creole', () => {
    const answers: Answers = { ...venezuelan, nationality: 'HT', statuses: [{ code: 'regular_permit' }] }
    const evaluation = evaluate(shippedHistory, answers, today)
    const view = resultView(shippedHistory, answers, evaluation, today, 'ht')
    expect(evaluation.outcome).toBe('registration_closed')
    expect(view.pastDay).toBe(false)
    expect(statusOn(shippedHistory, 'CO', 'HT', view.openDay!)).toBe('open')
    expect(view.steps.find((s) => s.code === 'official-site')?.params?.url).toBe(
      'https://movilidadsegura.org/ht/home-ht/faq/',
    )
    expect(view.steps.map((s) => s.code)).toEqual(
      expect.arrayContaining(['ask-asylum', 'regularization-co', 'free-legal-help']),
    )
    expect(view.steps.at(-1)?.code).toBe('free-of-charge')
  })
  it('gives a tip for each "not sure" answer', () => {
    const answers: Answers = { ...venezuelan, arrivalDate: 'unsure', statuses: [{ code: 'unsure' }], adult: 'unsure' }
    const view = resultView(shippedHistory, answers, evaluate(shippedHistory, answers, today), today, 'en')
    expect(view.tips.map((t) => t.code)).toEqual(['tip-arrival-date', 'tip-legal-status', 'tip-adult'])
  })
})
