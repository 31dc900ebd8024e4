import { describe, expect, it } from 'vitest'

import { testSource as src } from '@/tests/support/test-version'

import { arrivedByCutoff } from './arrival-date'

describe('arrivedByCutoff', () => {
  const cutoff = { onOrBefore: '2023-06-11', ...src }
  it('compares with the cutoff and reports it', () => {
    expect(arrivedByCutoff('2023-06-11', cutoff)).toEqual({
      id: 'arrival-date',
      status: 'met',
      ruleValue: { onOrBefore: '2023-06-11' },
    })
    expect(arrivedByCutoff('2023-06-12', cutoff).status).toBe('not_met')
  })
  it('makes arrivals after the confirmed day unknown under an announced later cutoff', () => {
    const announced = { onOrBefore: '2024-09-15', uncertainAfter: '2023-06-12', ...src }
    expect(arrivedByCutoff('2023-06-12', announced).status).toBe('met')
    expect(arrivedByCutoff('2024-01', announced).status).toBe('unknown')
    expect(arrivedByCutoff('2024-09-16', announced).status).toBe('not_met')
  })
})
