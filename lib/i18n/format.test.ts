import { describe, expect, it } from 'vitest'

import { countryName, formatDate, formatTime, listText, weekdayName } from './format'

describe('formatDate', () => {
  it('writes the month in words in every language', () => {
    expect(formatDate('es', '2023-06-11')).toBe('11 de junio de 2023')
    expect(formatDate('en', '2023-06-11')).toBe('11 June 2023')
    expect(formatDate('fr', '2023-06-11')).toBe('11 juin 2023')
    expect(formatDate('ht', '2023-06-11')).toBe('11 jen 2023')
  })

  it('writes the first day of a month as French and Creole readers expect', () => {
    expect(formatDate('fr', '2023-08-01')).toBe('1er août 2023')
    expect(formatDate('ht', '2023-08-01')).toBe('1e out 2023')
  })

  it('writes a time of day the local way', () => {
    expect(formatTime('fr', '08:00')).toBe('8 h')
    expect(formatTime('en', '08:00')).toBe('8:00 AM')
    expect(formatTime('es', '08:00')).toBe('8:00')
  })

  it('formats a month-only answer without a day', () => {
    expect(formatDate('en', '2023-10')).toBe('October 2023')
    expect(formatDate('ht', '2023-10')).toBe('oktòb 2023')
  })
})

describe('countryName', () => {
  it('names countries in Creole where we have the word, in French otherwise', () => {
    expect(countryName('ht', 'VE')).toBe('Venezyela')
    expect(countryName('ht', 'DE')).toBe('Allemagne')
    expect(countryName('es', 'HT')).toBe('Haití')
  })
})

describe('weekdayName and listText', () => {
  it("names weekdays and joins lists in the reader's language", () => {
    expect(weekdayName('es', 'mon')).toBe('lunes')
    expect(weekdayName('ht', 'fri')).toBe('vandredi')
    expect(listText('en', ['Monday', 'Wednesday', 'Friday'])).toBe('Monday, Wednesday and Friday')
    expect(listText('ht', ['lendi', 'mèkredi', 'vandredi'])).toBe('lendi, mèkredi ak vandredi')
  })
})
