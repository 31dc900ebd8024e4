import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { versionInForce } from '@/lib/rules/history'
import type { RuleSet } from '@/lib/rules/schema'

import { replay, type StoredOutcome } from './replay'

// 4 March 2024: Colombia's form was open, Venezuelans had to arrive on or before 11 June 2023.
const day = '2024-03-04'
const inForce = versionInForce(shippedHistory, day)
const row = (arrival: string): StoredOutcome => ({
  hostCountry: 'CO',
  nationality: 'VE',
  arrival,
  statuses: ['ppt'],
  adult: 'yes',
  rulesVersion: inForce.id,
})

function draft(change: (co: RuleSet['countries']['CO']) => void): RuleSet {
  const copy = structuredClone(inForce)
  change(copy.countries.CO)
  return { ...copy, id: 'draft', effectiveFrom: day }
}

describe('impact replay of stored outcomes', () => {
  it('finds no change under a draft equal to the version in force', () => {
    expect(
      replay(
        row('on_or_before'),
        shippedHistory,
        draft(() => {}),
        day,
      ),
    ).toBe('same')
  })

  it('finds every Venezuelan outcome changed when the draft drops Venezuelans', () => {
    const next = draft((co) => {
      co.nationalities = co.nationalities.filter((n) => n.code !== 'VE')
    })
    expect(replay(row('on_or_before'), shippedHistory, next, day)).toBe('changed')
  })

  it('cannot tell for arrivals "after" the old cutoff when the cutoff moves later (the exact day is not stored)', () => {
    const later = draft((co) => {
      const ve = co.nationalities.find((n) => n.code === 'VE')!
      ve.arrivalCutoff = { ...ve.arrivalCutoff!, onOrBefore: '2024-01-31', dayUncertain: false }
    })
    expect(replay(row('on_or_before'), shippedHistory, later, day)).toBe('same')
    expect(replay(row('after'), shippedHistory, later, day)).toBe('cannot_tell')
  })

  it('cannot tell for an outcome decided by a version it does not know', () => {
    expect(
      replay(
        { ...row('after'), rulesVersion: 'gone' },
        shippedHistory,
        draft(() => {}),
        day,
      ),
    ).toBe('cannot_tell')
  })
})
