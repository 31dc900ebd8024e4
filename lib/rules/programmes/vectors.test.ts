import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { shippedProgramme } from '../data/programmes'
import { checkProgrammeCase, programmeTestCaseFileSchema } from './check'

const dir = path.resolve('lib/rules/vectors/programmes')

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const cases = programmeTestCaseFileSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')))
  describe(`programmes/${file}`, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const programme = shippedProgramme(testCase.programme)
        expect(programme, `no programme ${testCase.programme}`).toBeDefined()
        const failure = programme && checkProgrammeCase(programme, testCase)
        expect(failure, failure).toBeUndefined()
      })
    }
  })
}

describe('checkProgrammeCase', () => {
  it('says what differed, in a sentence', () => {
    const programme = shippedProgramme('cr-cet-2023')!
    const failure = checkProgrammeCase(programme, {
      name: 'wrong on purpose',
      programme: 'cr-cet-2023',
      asOf: '2026-12-01',
      answers: { hostCountry: 'CR', nationality: 'NI', statuses: [], adult: 'yes' },
      expected: {
        outcome: 'likely_eligible',
        criteria: { registration: 'met', 'fact:nope': 'met' },
        factsThatMatter: ['x'],
      },
    })
    expect(failure).toBe(
      '"wrong on purpose" (cr-cet-2023, as of 2026-12-01, version 2023-03-01-opens): the outcome was registration_closed, not likely_eligible; registration was not_met, not met; fact:nope was not evaluated (expected met); the facts that matter were [], not [x]',
    )
  })
})
