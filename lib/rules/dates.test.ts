import { describe, expect, it } from 'vitest'

import { addDays, dayRange, onOrBefore } from './dates'

describe('onOrBefore', () => {
  it('counts the cutoff day itself as in time', () => {
    expect(onOrBefore('2023-06-10', '2023-06-11')).toBe('met')
    expect(onOrBefore('2023-06-11', '2023-06-11')).toBe('met')
    expect(onOrBefore('2023-06-12', '2023-06-11')).toBe('not_met')
  })
  it('makes the cutoff day unknown when sources disagree about it', () => {
    expect(onOrBefore('2023-06-11', '2023-06-11', true)).toBe('unknown')
    expect(onOrBefore('2023-06-10', '2023-06-11', true)).toBe('met')
  })
  it('decides a month only when the whole month is on one side', () => {
    expect(onOrBefore('2023-05', '2023-06-11')).toBe('met')
    expect(onOrBefore('2023-06', '2023-06-11')).toBe('unknown')
    expect(onOrBefore('2023-07', '2023-06-11')).toBe('not_met')
    expect(onOrBefore('2023-06', '2023-06-30')).toBe('met')
    expect(onOrBefore('2023-06', '2023-06-30', true)).toBe('unknown')
  })
  it('is unknown for "unsure" or no answer', () => {
    expect(onOrBefore('unsure', '2023-06-11')).toBe('unknown')
    expect(onOrBefore(undefined, '2023-06-11')).toBe('unknown')
  })
})

describe('calendar helpers', () => {
  it('knows month lengths, including leap years', () => {
    expect(dayRange('2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(dayRange('2023-02')).toEqual(['2023-02-01', '2023-02-28'])
  })
  it('adds days across months and years', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })
})
