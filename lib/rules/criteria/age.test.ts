import { describe, expect, it } from 'vitest'

import { testRules, testSource as src } from '@/tests/support/test-version'

import { oldEnough } from './age'

describe('oldEnough', () => {
  it('decides from "18 or older" when the minimum is 18', () => {
    expect(oldEnough(testRules(), 'yes').status).toBe('met')
    expect(oldEnough(testRules(), 'no').status).toBe('not_met')
    expect(oldEnough(testRules(), 'unsure').status).toBe('unknown')
  })
  it('cannot decide from "18 or older" when the minimum is higher', () => {
    expect(oldEnough(testRules({ minimumAge: { years: 21, ...src } }), 'yes').status).toBe('unknown')
  })
})
