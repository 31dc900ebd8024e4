import { describe, expect, it } from 'vitest'
import { shippedHistory } from '@/lib/rules/data'
import { evaluate } from '@/lib/rules/evaluate'
import { loadHistory } from './rule-versions'

describe('loadHistory', () => {
  it('returns the seeded shipped versions, equal to the ones in code', async () => {
    const history = await loadHistory()
    const shipped = history.filter((v) => shippedHistory.some((s) => s.id === v.id))
    expect(shipped).toEqual(shippedHistory)
  })

  it('gives the same answer as the shipped history for a screening today', async () => {
    const answers = { hostCountry: 'CO' as const, nationality: 'VE', arrivalDate: '2023-01-01', statuses: [{ code: 'ppt' as const }], adult: 'yes' as const }
    expect(evaluate(await loadHistory(), answers, '2026-11-25')).toEqual(evaluate(shippedHistory, answers, '2026-11-25'))
  })
})
