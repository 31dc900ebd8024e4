import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { answersArb, dayArb } from '@/tests/support/arbitraries'

import { type Answers, factAnswer } from '../answers'
import { shippedProgrammes } from '../data/programmes'
import { outcomes } from '../evaluation'
import { evaluateProgramme } from './evaluate'
import { factsInForce, factsThatMatter } from './questions'

const factIds = [...new Set(shippedProgrammes.flatMap((p) => p.facts.map((f) => f.id))), 'criminal-record', 'made-up']
const factsArb = fc.dictionary(fc.constantFrom(...factIds), fc.constantFrom(...factAnswer.options), { maxKeys: 6 })
const personArb: fc.Arbitrary<Answers> = fc
  .tuple(answersArb, fc.option(factsArb, { nil: undefined }))
  .map(([answers, facts]) => (facts ? { ...answers, facts } : answers))
const programmeArb = fc.constantFrom(...shippedProgrammes)
/** The outcomes that mean the person cannot use the programme that day. */
const closedToThem: string[] = ['registration_closed', 'not_eligible']

describe('evaluateProgramme (properties)', () => {
  it('never throws and always decides, for every shipped programme, any answers and any day', () => {
    fc.assert(
      fc.property(programmeArb, personArb, dayArb, (programme, answers, asOf) => {
        const result = evaluateProgramme(programme, answers, asOf)
        expect(outcomes).toContain(result.outcome)
        expect(result.criteria.length).toBeGreaterThan(0)
      }),
      { numRuns: 3000 },
    )
  })

  // "Matters" means it can change whether the person could use the programme: on a day it is closed or they are
  // not eligible, no answer can open it, so it is not asked even if an answer would move closed to not eligible.
  it('an answer to a fact that does not matter never changes whether the programme is open to the person', () => {
    fc.assert(
      fc.property(
        programmeArb,
        personArb,
        dayArb,
        fc.constantFrom(...factAnswer.options),
        (programme, answers, asOf, value) => {
          const matter = factsThatMatter(programme, answers, asOf)
          const before = evaluateProgramme(programme, answers, asOf).outcome
          for (const fact of factsInForce(programme, asOf).filter(
            (f) => answers.facts?.[f] === undefined && !matter.includes(f),
          )) {
            const after = evaluateProgramme(programme, { ...answers, facts: { ...answers.facts, [fact]: value } }, asOf)
            if (closedToThem.includes(before)) expect(closedToThem).toContain(after.outcome)
            else expect(after.outcome).toBe(before)
          }
        },
      ),
      { numRuns: 800 },
    )
  })

  it('asks nothing on a day the programme is closed or the person is not eligible', () => {
    fc.assert(
      fc.property(programmeArb, personArb, dayArb, (programme, answers, asOf) => {
        const { outcome } = evaluateProgramme(programme, answers, asOf)
        fc.pre(outcome === 'registration_closed' || outcome === 'not_eligible')
        expect(factsThatMatter(programme, answers, asOf)).toEqual([])
      }),
      { numRuns: 800 },
    )
  })

  it('sensitive conditions and facts no programme asks never change an outcome', () => {
    fc.assert(
      fc.property(programmeArb, personArb, dayArb, (programme, answers, asOf) => {
        const extra = {
          ...answers,
          facts: { ...answers.facts, 'criminal-record': 'yes', 'deprived-of-liberty': 'yes' } as const,
        }
        const base = { ...answers, facts: { ...answers.facts } }
        delete base.facts['criminal-record']
        delete base.facts['deprived-of-liberty']
        expect(evaluateProgramme(programme, extra, asOf).outcome).toBe(evaluateProgramme(programme, base, asOf).outcome)
      }),
      { numRuns: 800 },
    )
  })
})
