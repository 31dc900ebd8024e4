import { describe, expect, it } from 'vitest'

import { src, testProgramme, testProgrammeVersion } from '@/tests/support/test-programme'

import type { Answers } from '../answers'
import type { Block } from './blocks'
import { factsInForce, factsThatMatter } from './questions'

const person = (facts: Answers['facts'] = {}, over: Partial<Answers> = {}): Answers => ({
  hostCountry: 'CO',
  nationality: 'VE',
  statuses: [{ code: 'asylum_seeker', since: '2023-05-01' }],
  adult: 'yes',
  facts,
  ...over,
})
const school: Block = { id: 'fact', fact: 'has-school', mustBe: 'yes', otherAnswer: 'not_met', ...src }

describe('factsThatMatter', () => {
  it('asks an unanswered fact while the programme is open and everything else is met', () => {
    expect(factsThatMatter(testProgramme(), person(), '2024-03-01')).toEqual(['has-job'])
  })
  it('asks nothing once the fact is answered', () => {
    expect(factsThatMatter(testProgramme(), person({ 'has-job': 'no' }), '2024-03-01')).toEqual([])
  })
  it('asks nothing on a day the programme is closed', () => {
    expect(factsThatMatter(testProgramme(), person(), '2024-08-01')).toEqual([])
  })
  it('asks nothing of a person already not eligible (nationality, host country, status)', () => {
    expect(factsThatMatter(testProgramme(), person({}, { nationality: 'PE' }), '2024-03-01')).toEqual([])
    expect(factsThatMatter(testProgramme(), person({}, { hostCountry: 'EC' }), '2024-03-01')).toEqual([])
    expect(factsThatMatter(testProgramme(), person({}, { statuses: [{ code: 'none' }] }), '2024-03-01')).toEqual([])
  })
  it('stops asking other facts once one fact rules the person out', () => {
    const both = testProgramme([testProgrammeVersion({ criteria: [...testProgrammeVersion().criteria, school] })])
    expect(factsThatMatter(both, person(), '2024-03-01')).toEqual(['has-job', 'has-school'])
    expect(factsThatMatter(both, person({ 'has-school': 'no' }), '2024-03-01')).toEqual([])
    expect(factsThatMatter(both, person({ 'has-school': 'unsure' }), '2024-03-01')).toEqual(['has-job'])
  })
  it('asks a route’s fact only when no other route already succeeds', () => {
    const base = testProgrammeVersion().criteria.filter((b) => b.id !== 'fact')
    const programme = testProgramme([
      testProgrammeVersion({
        criteria: base,
        routes: [
          { id: 'job', criteria: [{ id: 'fact', fact: 'has-job', mustBe: 'yes', otherAnswer: 'not_met', ...src }] },
          { id: 'school', criteria: [school] },
        ],
      }),
    ])
    expect(factsThatMatter(programme, person(), '2024-03-01')).toEqual(['has-job', 'has-school'])
    expect(factsThatMatter(programme, person({ 'has-job': 'yes' }), '2024-03-01')).toEqual([])
    expect(factsThatMatter(programme, person({ 'has-job': 'no' }), '2024-03-01')).toEqual(['has-school'])
  })
  it('lists only the facts of the version in force, in the programme’s order', () => {
    const later = testProgrammeVersion({ id: 'v2', effectiveFrom: '2024-04-01', criteria: [school] })
    const programme = testProgramme([testProgrammeVersion(), later])
    expect(factsInForce(programme, '2024-03-01')).toEqual(['has-job'])
    expect(factsInForce(programme, '2024-05-01')).toEqual(['has-school'])
  })
})
