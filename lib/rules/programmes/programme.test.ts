import { describe, expect, it } from 'vitest'

import { src, testProgramme, testProgrammeVersion } from '@/tests/support/test-programme'

import { programmeSchema } from './programme'

const messages = (value: unknown) => programmeSchema.safeParse(value).error?.issues.map((i) => i.message) ?? []

describe('programmeSchema', () => {
  it('accepts a complete programme', () => {
    expect(messages(testProgramme())).toEqual([])
  })
  it('rejects a value without its source', () => {
    const version = testProgrammeVersion()
    const unsourced = { ...version, criteria: [{ id: 'age', mustBe: 'adult', verifiedOn: '2026-01-01' }] }
    expect(programmeSchema.safeParse(testProgramme([unsourced as never])).success).toBe(false)
  })
  it('rejects a fact used but not defined, and a sensitive condition asked as a fact', () => {
    const undefinedFact = testProgrammeVersion({
      criteria: [{ id: 'fact', fact: 'not-defined', mustBe: 'yes', otherAnswer: 'not_met', ...src }],
    })
    expect(messages(testProgramme([undefinedFact]))).toContain('undefined_fact')
    const words = { es: 'a', en: 'a', fr: 'a', ht: 'a' }
    expect(messages(testProgramme(undefined, { facts: [{ id: 'criminal-record', question: words }] }))).toContain(
      'sensitive_fact_asked',
    )
  })
  it('rejects unsorted or duplicate versions and overlapping periods for the same people', () => {
    const v = testProgrammeVersion()
    expect(messages(testProgramme([v, { ...v, effectiveFrom: '2023-01-01', id: 'v0' }]))).toContain(
      'history_not_sorted',
    )
    expect(messages(testProgramme([v, { ...v, effectiveFrom: '2025-01-01' }]))).toContain('duplicate_version_id')
    const overlap = testProgrammeVersion({
      criteria: [
        {
          id: 'registration',
          periods: [
            { status: 'open', from: '2024-01-01', ...src },
            { status: 'closed', from: '2024-03-01', until: '2024-03-31', ...src },
            { status: 'closed', from: '2024-03-01', nationalities: ['CU'], ...src },
          ],
        },
      ],
    })
    expect(messages(testProgramme([overlap]))).toEqual(['overlapping_periods'])
  })
  it('requires who identifies cases exactly for referral-only programmes', () => {
    expect(messages(testProgramme(undefined, { kind: 'referral-only' }))).toContain('identified_by_iff_referral')
  })
  it('rejects a window that ends before it starts and an empty one', () => {
    const bad = testProgrammeVersion({
      criteria: [
        { id: 'arrival', window: { from: '2024-02-01', until: '2024-01-01' }, afterWindow: 'not_met', ...src },
      ],
    })
    expect(messages(testProgramme([bad]))).toContain('until_before_from')
    const empty = testProgrammeVersion({ criteria: [{ id: 'arrival', window: {}, afterWindow: 'not_met', ...src }] })
    expect(messages(testProgramme([empty]))).toContain('empty_window')
  })
})
