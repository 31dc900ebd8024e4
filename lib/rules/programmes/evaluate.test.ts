import { describe, expect, it } from 'vitest'

import { src, testBlocks, testProgramme, testProgrammeVersion } from '@/tests/support/test-programme'

import type { Answers } from '../answers'
import { shippedHistory } from '../data'
import { evaluate } from '../evaluate'
import type { Block } from './blocks'
import { evaluateProgramme, type SafeMobilityProgramme } from './evaluate'
import { evaluateBlocksProgramme } from './evaluate-blocks'

const person = (over: Partial<Answers> = {}): Answers => ({
  hostCountry: 'CO',
  nationality: 'VE',
  statuses: [{ code: 'asylum_seeker', since: '2023-05-01' }],
  adult: 'yes',
  facts: { 'has-job': 'yes' },
  ...over,
})
const run = (answers: Answers, asOf = '2024-03-01', programme = testProgramme()) =>
  evaluateBlocksProgramme(programme, answers, asOf)
const status = (answers: Answers, id: string, asOf = '2024-03-01', programme = testProgramme()) =>
  run(answers, asOf, programme).criteria.find((c) => c.id === id)?.status
const withBlocks = (...blocks: Block[]) => testProgramme([testProgrammeVersion({ criteria: blocks })])

describe('evaluateProgramme (blocks)', () => {
  it('is likely eligible when every criterion is met, and says how to apply', () => {
    const result = run(person())
    expect(result.outcome).toBe('likely_eligible')
    expect(result.nextSteps.map((s) => s.code)).toEqual(['apply', 'programme-link'])
  })

  it('does not apply outside its host countries', () => {
    const result = run(person({ hostCountry: 'EC' }))
    expect([result.outcome, result.applies, result.criteria[0]?.id]).toEqual(['not_eligible', false, 'host-country'])
  })

  it('names the day registration closed, and the day it opens before that', () => {
    const closed = run(person(), '2024-08-01').criteria.find((c) => c.id === 'registration')
    expect(closed).toMatchObject({ status: 'not_met', closedSince: '2024-07-01' })
    const early = run(person(), '2023-12-31')
    expect(early.outcome).toBe('registration_closed')
    expect(early.nextSteps[0]).toEqual({ code: 'registration-opens', params: { date: '2024-01-01' } })
  })

  it('finds when a closure began across versions', () => {
    const later = testProgrammeVersion({
      id: 'v2',
      effectiveFrom: '2024-05-01',
      criteria: [{ id: 'registration', periods: [{ status: 'closed', from: '2024-05-01', ...src }] }],
    })
    const programme = testProgramme([testProgrammeVersion(), later])
    const reg = run(person(), '2024-09-01', programme).criteria.find((c) => c.id === 'registration')
    expect(reg).toMatchObject({ closedSince: '2024-05-01' })
  })

  it('lets a period for a nationality or a status win over a general one', () => {
    const periods: Block = {
      id: 'registration',
      periods: [
        { status: 'open', from: '2024-01-01', ...src },
        { status: 'closed', from: '2024-01-01', nationalities: ['CU'], ...src },
        { status: 'unknown', from: '2024-01-01', statuses: ['refugee'], ...src },
      ],
    }
    const programme = withBlocks(periods)
    expect(status(person(), 'registration', '2024-03-01', programme)).toBe('met')
    expect(status(person({ nationality: 'CU' }), 'registration', '2024-03-01', programme)).toBe('not_met')
    expect(status(person({ statuses: [{ code: 'refugee' }] }), 'registration', '2024-03-01', programme)).toBe('unknown')
  })

  it('counts referral-only periods as met and says an agency identifies cases', () => {
    const programme = testProgramme(
      [
        testProgrammeVersion({
          criteria: [{ id: 'registration', periods: [{ status: 'referral_only', from: '2024-01-01', ...src }] }],
        }),
      ],
      { kind: 'referral-only', identifiedBy: { text: { es: 'a', en: 'a', fr: 'a', ht: 'a' }, ...src } },
    )
    const result = run(person(), '2024-03-01', programme)
    expect([result.outcome, result.nextSteps[0]?.code]).toEqual(['likely_eligible', 'wait-for-referral'])
  })

  it('checks nationality any-of, with unsettled nationalities unknown', () => {
    expect(status(person({ nationality: 'CU' }), 'nationality-any-of')).toBe('unknown')
    expect(status(person({ nationality: 'PE' }), 'nationality-any-of')).toBe('not_met')
  })

  it('checks nationality any-but, including the host country’s own nationals', () => {
    const block: Block = {
      id: 'nationality-any-but',
      excluded: [{ code: 'VE', ...src }],
      excludeHostNationals: true,
      ...src,
    }
    const programme = withBlocks(block)
    expect(status(person(), 'nationality-any-but', '2024-03-01', programme)).toBe('not_met')
    expect(status(person({ nationality: 'CO' }), 'nationality-any-but', '2024-03-01', programme)).toBe('not_met')
    expect(status(person({ nationality: 'HT' }), 'nationality-any-but', '2024-03-01', programme)).toBe('met')
  })

  it('checks arrival windows edge by edge, months and uncertain days included', () => {
    const block: Block = {
      id: 'arrival',
      window: { from: '2021-05-29', until: '2023-05-28', untilDayUncertain: true },
      afterWindow: 'not_met',
      ...src,
    }
    const programme = withBlocks(block)
    const on = (arrivalDate: string) => status(person({ arrivalDate }), 'arrival', '2024-03-01', programme)
    expect([on('2021-05-28'), on('2021-05-29'), on('2023-05-27'), on('2023-05-28'), on('2023-05-29')]).toEqual([
      'not_met',
      'met',
      'met',
      'unknown',
      'not_met',
    ])
    expect([on('2021-05'), on('2022-05'), on('unsure')]).toEqual(['unknown', 'met', 'unknown'])
    expect(status(person(), 'arrival', '2024-03-01', programme)).toBe('unknown') // not answered
    const open = withBlocks({ ...block, afterWindow: 'unknown' })
    expect(status(person({ arrivalDate: '2024-01-01' }), 'arrival', '2024-03-01', open)).toBe('unknown')
  })

  it('checks legal statuses registered within a window (the CET claim window)', () => {
    const block: Block = {
      id: 'legal-status-any-of',
      anyOf: [
        {
          code: 'asylum_seeker',
          registered: { from: '2010-01-01', fromDayUncertain: true, until: '2022-09-30' },
          ...src,
        },
      ],
      otherwise: 'not_met',
      ...src,
    }
    const programme = withBlocks(block)
    const since = (d: string) =>
      status(
        person({ statuses: [{ code: 'asylum_seeker', since: d }] }),
        'legal-status-any-of',
        '2024-03-01',
        programme,
      )
    expect([
      since('2009-12-31'),
      since('2010-01-01'),
      since('2010-01-02'),
      since('2022-09-30'),
      since('2022-10-01'),
    ]).toEqual(['not_met', 'unknown', 'met', 'met', 'not_met'])
    expect(status(person({ statuses: [{ code: 'none' }] }), 'legal-status-any-of', '2024-03-01', programme)).toBe(
      'not_met',
    )
    expect(status(person({ statuses: [] }), 'legal-status-any-of', '2024-03-01', programme)).toBe('unknown')
  })

  it('does not count a status obtained after the screening day', () => {
    const block = testBlocks()[2]!
    const programme = withBlocks(block)
    const statuses: Answers['statuses'] = [{ code: 'asylum_seeker', since: '2023-05-01' }]
    expect(status(person({ statuses }), 'legal-status-any-of', '2023-04-01', programme)).toBe('not_met')
  })

  it('checks none-of statuses (PEP Tutor excludes PPT holders)', () => {
    const block: Block = { id: 'legal-status-none-of', noneOf: [{ code: 'ppt', ...src }], whenHeld: 'not_met', ...src }
    const programme = withBlocks(block)
    const held = (statuses: Answers['statuses']) =>
      status(person({ statuses }), 'legal-status-none-of', '2024-03-01', programme)
    expect([held([{ code: 'ppt' }]), held([{ code: 'none' }]), held([{ code: 'unsure' }]), held([])]).toEqual([
      'not_met',
      'met',
      'unknown',
      'unknown',
    ])
    expect(held([{ code: 'ppt', since: '2024-05-01' }])).toBe('met') // not yet held that day
  })

  it('checks age as adult or minor', () => {
    const programme = withBlocks({ id: 'age', mustBe: 'minor', ...src })
    const age = (adult: Answers['adult']) => status(person({ adult }), 'age', '2024-03-01', programme)
    expect([age('no'), age('yes'), age('unsure')]).toEqual(['met', 'not_met', 'unknown'])
  })

  it('checks facts against their "must be" answer; a missing or unsure answer is unknown', () => {
    const fact = (facts: Answers['facts']) => status(person({ facts }), 'fact')
    expect([
      fact({ 'has-job': 'yes' }),
      fact({ 'has-job': 'no' }),
      fact({ 'has-job': 'unsure' }),
      fact(undefined),
    ]).toEqual(['met', 'not_met', 'unknown', 'unknown'])
    const soft = withBlocks({ id: 'fact', fact: 'has-job', mustBe: 'yes', otherAnswer: 'unknown', ...src })
    expect(status(person({ facts: { 'has-job': 'no' } }), 'fact', '2024-03-01', soft)).toBe('unknown')
  })

  it('ignores facts the programme never asks, such as a sensitive condition', () => {
    const result = run(person({ facts: { 'has-job': 'yes', 'criminal-record': 'yes', other: 'no' } }))
    expect(result.outcome).toBe('likely_eligible')
  })

  it('keeps the best route, and a closed route that is not for the person never hides not eligible', () => {
    const haitians: Block = { id: 'nationality-any-of', nationalities: [{ code: 'HT', ...src }] }
    const early: Block = {
      id: 'registration',
      periods: [{ status: 'open', from: '2024-01-01', until: '2024-01-31', ...src }],
    }
    const late: Block = { id: 'registration', periods: [{ status: 'open', from: '2024-02-01', ...src }] }
    const arrival: Block = { id: 'arrival', window: { until: '2023-01-01' }, afterWindow: 'not_met', ...src }
    const programme = testProgramme([
      testProgrammeVersion({
        criteria: [],
        routes: [
          { id: 'early-haitians', criteria: [early, haitians] },
          { id: 'early-arrivals', criteria: [late, arrival] },
        ],
      }),
    ])
    const routeOf = (nationality: string, arrivalDate: string, asOf: string) => {
      const r = run(person({ nationality, arrivalDate }), asOf, programme)
      return [r.outcome, r.route]
    }
    expect(routeOf('VE', '2022-06-01', '2024-03-01')).toEqual(['likely_eligible', 'early-arrivals'])
    // Closed for Haitians only, and this Venezuelan arrived too late for the open route: not eligible.
    expect(routeOf('VE', '2023-06-01', '2024-03-01')).toEqual(['not_eligible', 'early-arrivals'])
    // A Haitian who fits the closed route: the honest answer is "closed".
    expect(routeOf('HT', '2023-06-01', '2024-03-01')).toEqual(['registration_closed', 'early-haitians'])
    expect(routeOf('HT', '2023-06-01', '2024-01-15')).toEqual(['likely_eligible', 'early-haitians'])
  })

  it('lists sensitive conditions to check yourself without changing the outcome', () => {
    const programme = testProgramme([
      testProgrammeVersion({ checkYourself: [{ condition: 'criminal-record', ...src }] }),
    ])
    const result = run(person(), '2024-03-01', programme)
    expect([result.outcome, result.checkYourself]).toEqual(['likely_eligible', ['criminal-record']])
  })
})

describe('evaluateProgramme (Safe Mobility)', () => {
  const sm: SafeMobilityProgramme = {
    ...testProgramme(),
    id: 'safe-mobility',
    engine: 'safe-mobility',
    facts: [],
    hostCountries: ['CO', 'CR', 'EC', 'GT'],
    history: shippedHistory,
  }
  it('gives exactly today’s engine result', () => {
    const answers = person({ statuses: [{ code: 'ppt' }], arrivalDate: '2023-01-10', facts: undefined })
    for (const asOf of ['2023-07-01', '2024-03-04', '2026-12-01']) {
      const expected = evaluate(shippedHistory, answers, asOf)
      const result = evaluateProgramme(sm, answers, asOf)
      expect([result.outcome, result.version, result.criteria, result.nextSteps]).toEqual([
        expected.outcome,
        expected.rulesVersion,
        expected.criteria,
        expected.nextSteps,
      ])
    }
  })
})
