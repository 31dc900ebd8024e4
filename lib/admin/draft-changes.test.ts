import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'

import { draftChanges } from './draft-changes'

const base = shippedHistory.at(-1)!

describe('what a draft changes', () => {
  it('lists each changed value old → new, with the new source, and not the provenance fields', () => {
    const document = structuredClone(base) as typeof base
    const age = document.countries.CO.minimumAge
    document.countries.CO.minimumAge = {
      ...age,
      years: 17,
      source: { url: 'https://example.org/new', title: 'New source' },
      verifiedOn: '2026-11-30',
    }
    expect(draftChanges(base, document)).toEqual([
      {
        path: 'CO.minimumAge.years',
        before: age.years,
        after: 17,
        source: { url: 'https://example.org/new', title: 'New source' },
        verifiedOn: '2026-11-30',
      },
    ])
  })
  it('finds nothing in an unchanged copy', () => {
    expect(draftChanges(base, structuredClone(base))).toEqual([])
  })
})
