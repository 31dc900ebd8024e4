import { describe, expect, it } from 'vitest'

import { toCsv } from './csv'

describe('toCsv', () => {
  it('writes plain cells as they are and quotes commas, quotes and line breaks', () => {
    expect(
      toCsv([
        ['Nationality', 'Total shown'],
        ['VE', 120],
        ['a, b', 'say "hi"'],
      ]),
    ).toBe('Nationality,Total shown\r\nVE,120\r\n"a, b","say ""hi"""\r\n')
  })

  it('keeps "<5" readable and stops formulas from running', () => {
    expect(toCsv([['<5', '=1+1', '-2', 5]])).toBe("<5,'=1+1,'-2,5\r\n")
  })
})
