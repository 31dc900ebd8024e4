import { describe, expect, it } from 'vitest'

import { isCalendarDay } from './calendar-day'
import { addDays, dayOf, dayRange, onOrBefore, todayIso } from './dates'

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

describe('todayIso and dayOf', () => {
  it("gives Bogotá's day, which is still yesterday in UTC's early hours", () => {
    const earlyUtc = new Date('2024-03-02T03:30:00Z')
    expect(dayOf(earlyUtc)).toBe('2024-03-02')
    expect(todayIso(earlyUtc)).toBe('2024-03-01')
    expect(todayIso(new Date('2024-03-02T12:00:00Z'))).toBe('2024-03-02')
  })
})

describe('isCalendarDay', () => {
  it('accepts only calendar days that exist', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2023-02-29')).toBe(false)
    expect(isCalendarDay('2023-13-01')).toBe(false)
    expect(isCalendarDay('2023-1-01')).toBe(false)
    expect(isCalendarDay(undefined)).toBe(false)
  })
})
