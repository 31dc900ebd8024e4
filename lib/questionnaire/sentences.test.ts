import { describe, expect, it } from 'vitest'

import type { Answers } from '@/lib/rules/answers'
import { shippedHistory } from '@/lib/rules/data'
import { evaluate } from '@/lib/rules/evaluate'

import { criterionKeys, nextStepKeys } from './sentences'

const venezuelan: Answers = {
  hostCountry: 'CO' as const,
  nationality: 'VE',
  arrivalDate: '2023-01-10',
  statuses: [{ code: 'ppt' as const }],
  adult: 'yes' as const,
}
const keysOn = (answers: Answers, asOf: string) => {
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
      keysOn({ ...venezuelan, statuses: [{ code: 'ppt' }, { code: 'valid_passport' }] }, '2024-03-04').next,
    ).toEqual(expect.arrayContaining(['next.documents-to-have-ready', 'next.documents-to-have-ready_have']))
  })

  it('says who a status-limited period was for, and when the answers cannot tell', () => {
    const ecuador = { ...venezuelan, hostCountry: 'EC' as const, arrivalDate: '2023-05-01' }
    const regularization = [{ code: 'regularization_applied' as const }]
    expect(keysOn({ ...ecuador, statuses: regularization }, '2023-10-25')).toMatchObject({
      criteria: expect.arrayContaining(['criteria.registration-open.not_met', 'criteria.registration-open.only_for']),
      next: expect.arrayContaining(['next.registration-not-yet-open_date']),
    })
    expect(keysOn({ ...ecuador, statuses: [{ code: 'asylum_seeker' }] }, '2023-10-25').criteria).toEqual(
      expect.arrayContaining(['criteria.registration-open.met_contact_only', 'criteria.registration-open.only_for']),
    )
    expect(keysOn({ ...ecuador, statuses: [{ code: 'unsure' }] }, '2023-10-25').criteria).toContain(
      'criteria.registration-open.unknown_only_for',
    )
  })

  it('explains a status obtained after the date where sources conflict', () => {
    const late: Answers = { ...venezuelan, statuses: [{ code: 'ppt', since: '2023-08-01' }] }
    expect(keysOn(late, '2023-10-15').criteria).toEqual(
      expect.arrayContaining(['criteria.legal-status.unknown', 'criteria.legal-status.unknown_later']),
    )
    expect(keysOn(late, '2023-11-10').criteria).not.toContain('criteria.legal-status.unknown_later')
  })
})
