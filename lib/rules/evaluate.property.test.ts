import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { answersArb, dayArb } from '@/tests/support/arbitraries'

import { type Answers, answersSchema, type StatusAnswer } from './answers'
import { shippedHistory } from './data'
import { evaluate } from './evaluate'
import { versionInForce } from './history'

describe('evaluate (properties)', () => {
  it('never throws and always decides, on any schema-valid answers and day', () => {
    fc.assert(
      fc.property(answersArb, dayArb, (answers, asOf) => {
        expect(answersSchema.safeParse(answers).success).toBe(true)
        const result = evaluate(shippedHistory, answers, asOf)
        expect(result.rulesVersion).toBe(versionInForce(shippedHistory, asOf).id)
        expect(result.criteria.length).toBeGreaterThan(0)
      }),
      { numRuns: 2000 },
    )
  })

  it('moving the arrival earlier never turns likely_eligible into not_eligible within one version', () => {
    const pair = fc.tuple(dayArb, dayArb).map(([a, b]): [string, string] => (a < b ? [a, b] : [b, a]))
    // People who are eligible apart from their arrival, on days when registration was open, plus random ones.
    const statuses = (...list: StatusAnswer[][]) => fc.constantFrom(...list)
    const person: fc.Arbitrary<Answers> = fc.oneof(
      fc.record({
        hostCountry: fc.constant('CO' as const),
        nationality: fc.constantFrom('VE', 'CU', 'HT'),
        adult: fc.constant('yes' as const),
        statuses: statuses([{ code: 'ppt' }], [{ code: 'regular_permit' }]),
      }),
      fc.record({
        hostCountry: fc.constantFrom('EC' as const, 'CR' as const),
        nationality: fc.constantFrom('CU', 'VE', 'NI', 'HT'),
        adult: fc.constant('yes' as const),
        statuses: statuses([{ code: 'asylum_seeker', since: '2023-05' }]),
      }),
      answersArb,
    )
    const openDay = fc.oneof(fc.constantFrom('2023-12-04', '2024-02-05', '2024-03-04', '2024-06-03'), dayArb)
    fc.assert(
      fc.property(person, pair, openDay, (answers, [earlier, later], asOf) => {
        const atLater = evaluate(shippedHistory, { ...answers, arrivalDate: later }, asOf)
        fc.pre(atLater.outcome === 'likely_eligible')
        expect(evaluate(shippedHistory, { ...answers, arrivalDate: earlier }, asOf).outcome).not.toBe('not_eligible')
      }),
      { numRuns: 2000 },
    )
  })
})
