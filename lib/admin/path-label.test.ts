import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'

import { describePath } from './path-label'

const document = shippedHistory.at(-1)!

describe('draft path names', () => {
  it('names the country, the item with its code, and the field', () => {
    const i = document.countries.CO.nationalities.findIndex((n) => n.code === 'VE')
    expect(describePath(document, `CO.nationalities.${i}.arrivalCutoff.verifiedOn`)).toEqual({
      country: 'CO',
      item: { kind: 'cutoff', n: i + 1, code: 'VE' },
      field: 'verifiedOn',
    })
  })
  it('names a registration period by its number and a nested field', () => {
    expect(describePath(document, 'EC.registrationPeriods.0.source.url')).toEqual({
      country: 'EC',
      item: { kind: 'period', n: 1, code: undefined },
      field: 'source.url',
    })
  })
  it('keeps what it can for a path outside any item, and nothing for an unknown country', () => {
    expect(describePath(document, 'GT.pages.official')).toEqual({ country: 'GT' })
    expect(describePath(document, 'XX.nationalities.0')).toEqual({})
  })
})
