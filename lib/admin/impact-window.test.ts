import { describe, expect, it } from 'vitest'

import { impactMonth, impactMonths } from './impact-window'

describe('impact windows', () => {
  it('are the last 12 closed calendar months, never the month in progress', () => {
    const months = impactMonths('2026-03-15')
    expect(months).toHaveLength(12)
    expect(months[0]).toEqual({ month: '2026-02', from: '2026-02-01', until: '2026-03-01' })
    expect(months[1]!.month).toBe('2026-01')
    expect(months[2]).toEqual({ month: '2025-12', from: '2025-12-01', until: '2026-01-01' })
  })

  it('falls back to the last closed month for anything else', () => {
    expect(impactMonth('2026-03', '2026-03-15').month).toBe('2026-02')
    expect(impactMonth('2024-02-31', '2026-03-15').month).toBe('2026-02')
    expect(impactMonth('2025-12', '2026-03-15').month).toBe('2025-12')
  })
})
