import { describe, expect, it } from 'vitest'

import { calendarDayIssue, calendarMonthIssue, isCalendarDay } from './calendar-day'

describe('calendarDayIssue', () => {
  it('accepts real days from 1900-01-01 to 2100-12-31', () => {
    for (const day of ['1900-01-01', '2024-02-29', '2100-12-31']) expect(calendarDayIssue(day)).toBeNull()
  })

  it('names days that do not exist or are not YYYY-MM-DD', () => {
    for (const day of ['2023-02-29', '2023-13-01', '2023-1-01', '20230101', '', ' 2023-01-01', '+02023-01-01'])
      expect(calendarDayIssue(day)).toBe('invalid_date')
  })

  it('names real days outside the span as out of range (PostgreSQL has no year 0)', () => {
    for (const day of ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])
      expect(calendarDayIssue(day)).toBe('date_out_of_range')
    expect(isCalendarDay('0000-01-01')).toBe(false)
  })

  it('checks months the same way', () => {
    expect(calendarMonthIssue('2023-06')).toBeNull()
    expect(calendarMonthIssue('2023-00')).toBe('invalid_date')
    expect(calendarMonthIssue('0000-01')).toBe('date_out_of_range')
  })
})
