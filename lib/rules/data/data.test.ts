import { describe, expect, it } from 'vitest'

import { closedSince } from '../registration'
import { historySchema } from '../schema'
import { shippedHistory } from '.'

describe('shipped history', () => {
  it('is valid against historySchema (sorted, unique ids, every value sourced)', () => {
    const result = historySchema.safeParse(shippedHistory)
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true)
  })

  it('starts in June 2023 and ends with the programme in January 2025', () => {
    expect(shippedHistory[0]?.effectiveFrom).toBe('2023-06-12')
    expect(shippedHistory.at(-1)?.effectiveFrom).toBe('2025-01-20')
  })
})

describe('screening today', () => {
  it('names the day registration closed in each host country', () => {
    const since = (host: 'CO' | 'CR' | 'EC' | 'GT') => closedSince(shippedHistory, host, '2026-11-25')
    expect([since('CO'), since('EC'), since('CR'), since('GT')]).toEqual([
      '2024-11-27',
      '2024-11-27',
      '2025-01-26',
      '2025-01-26',
    ])
  })
})
