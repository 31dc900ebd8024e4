import { describe, expect, it } from 'vitest'

import type { Criterion } from '@/lib/rules/evaluation'

import { arrivalBucket } from './arrival-bucket'

const withCutoff = (cutoff: string, status: Criterion['status'] = 'unknown'): Criterion => ({
  id: 'arrival-date',
  status,
  ruleValue: { onOrBefore: cutoff },
})

describe('arrival-date bucket', () => {
  const cases: [string | undefined, string, string][] = [
    ['2023-06-11', '2023-06-11', 'on_or_before'], // the cutoff day itself is accepted ("on or before")
    ['2023-06-12', '2023-06-11', 'after'],
    ['2023-05', '2023-06-11', 'on_or_before'],
    ['2023-06', '2023-06-11', 'straddles'],
    ['2023-06', '2023-06-30', 'on_or_before'],
    ['2024-02', '2024-02-29', 'on_or_before'],
    ['2023-07', '2023-06-11', 'after'],
    ['unsure', '2023-06-11', 'unknown'],
    [undefined, '2023-06-11', 'not_asked'],
  ]
  for (const [arrival, cutoff, bucket] of cases) {
    it(`arrival ${arrival ?? '(not asked)'} against cutoff ${cutoff} is ${bucket}`, () => {
      expect(arrivalBucket(arrival, withCutoff(cutoff))).toBe(bucket)
    })
  }

  it("follows the engine's verdict when the rule value names no cutoff", () => {
    expect(arrivalBucket('2023-01-01', { id: 'arrival-date', status: 'not_met', ruleValue: {} })).toBe('after')
    expect(arrivalBucket('2023-06', { id: 'arrival-date', status: 'unknown', ruleValue: {} })).toBe('straddles')
  })

  it('says no cutoff applied when the rules did not judge the arrival date', () => {
    expect(arrivalBucket('2023-01-01', undefined)).toBe('no_cutoff')
  })
})
