import { describe, expect, it } from 'vitest'

import { shippedHistory } from './data'
import { versionInForce } from './history'
import { namedNationalities, needsArrivalDate, statusesNeedingDate } from './lookups'

describe('questionnaire lookups on the shipped history', () => {
  const early = versionInForce(shippedHistory, '2023-07-01')
  const late = versionInForce(shippedHistory, '2024-03-01')

  it('lists the nationalities of each host country, which change over time', () => {
    expect(namedNationalities(early, 'GT').sort()).toEqual(['GT', 'HN', 'NI', 'SV'])
    expect(namedNationalities(late, 'GT')).toEqual(['GT'])
    expect(namedNationalities(late, 'EC').sort()).toEqual(['CO', 'CU', 'HT', 'NI', 'VE'])
  })
  it('asks the arrival date only where a cutoff applies', () => {
    expect(needsArrivalDate(late, 'CO', 'VE')).toBe(true)
    expect(needsArrivalDate(late, 'GT', 'GT')).toBe(false)
    expect(needsArrivalDate(late, 'CO', 'CO')).toBe(false)
  })
  it('asks the date of the statuses whose acceptance depends on it', () => {
    expect(statusesNeedingDate(late, 'EC', 'VE').sort()).toEqual(['asylum_seeker', 'refugee'])
    expect(statusesNeedingDate(late, 'CO', 'VE')).toEqual([])
    expect(statusesNeedingDate(early, 'CO', 'VE').sort()).toEqual(['asylum_seeker', 'ppt', 'refugee', 'regular_permit'])
    expect(statusesNeedingDate(late, 'EC', 'PE')).toEqual([])
  })
})
