import { describe, expect, it } from 'vitest'

import { testRules, testSource as src } from '@/tests/support/test-version'

import type { Answers } from '../answers'
import { eligibleNationality } from './nationality'

const answers = (nationality: string): Answers => ({ hostCountry: 'CO', nationality, statuses: [], adult: 'yes' })

describe('eligibleNationality', () => {
  it('is met only for listed nationalities', () => {
    expect(eligibleNationality(testRules(), answers('VE')).status).toBe('met')
    expect(eligibleNationality(testRules(), answers('PE')).status).toBe('not_met')
  })
  it('is unknown for a nationality the sources do not settle, and lists only settled ones', () => {
    const rules = testRules({
      nationalities: [
        { code: 'EC', uncertain: true, ...src },
        { code: 'VE', ...src },
      ],
    })
    expect(eligibleNationality(rules, answers('EC'))).toEqual({
      id: 'nationality',
      status: 'unknown',
      ruleValue: { nationality: 'EC', eligible: ['VE'] },
    })
  })
})
