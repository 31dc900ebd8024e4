import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { evaluate } from '@/lib/rules/evaluate'

import { criterionKeys, nextStepKeys } from './sentences'

const venezuelan = {
  hostCountry: 'CO' as const,
  nationality: 'VE',
  arrivalDate: '2023-01-10',
  statuses: [{ code: 'ppt' as const }],
  adult: 'yes' as const,
}
const keysOn = (answers: typeof venezuelan, asOf: string) => {
  const e = evaluate(shippedHistory, answers, asOf)
  return { criteria: e.criteria.flatMap((c) => criterionKeys(c, answers)), next: e.nextSteps.flatMap(nextStepKeys) }
}

describe('sentences', () => {
  it('says since when registration has been closed, today', () => {
    expect(keysOn(venezuelan, '2026-11-25').criteria).toContain('criteria.registration-open.not_met_since')
  })

  it('lists the accepted nationalities to someone whose nationality was not', () => {
    expect(keysOn({ ...venezuelan, nationality: 'PE' }, '2024-03-04').criteria).toEqual(
      expect.arrayContaining(['criteria.nationality.not_met', 'criteria.nationality.not_met_list']),
    )
  })

  it('repeats the documents a person said they have', () => {
    expect(
      keysOn(
        { ...venezuelan, statuses: [{ code: 'ppt' }, { code: 'valid_passport' }] } as typeof venezuelan,
        '2024-03-04',
      ).next,
    ).toEqual(expect.arrayContaining(['next.documents-to-have-ready', 'next.documents-to-have-ready_have']))
  })
})
