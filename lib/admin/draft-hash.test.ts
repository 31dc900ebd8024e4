import { describe, expect, it } from 'vitest'

import { canonicalJson, draftHash } from './draft-hash'

describe('draft hash', () => {
  it('ignores key order but sees every value and the note', () => {
    const a = { countries: { CO: { minimumAge: { years: 18, verifiedOn: '2024-01-01' } } } }
    const b = { countries: { CO: { minimumAge: { verifiedOn: '2024-01-01', years: 18 } } } }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(draftHash(a, 'n')).toBe(draftHash(b, 'n'))
    expect(draftHash(a, 'n')).not.toBe(draftHash(a, 'n.'))
    const c = structuredClone(a)
    c.countries.CO.minimumAge.years = 17
    expect(draftHash(c, 'n')).not.toBe(draftHash(a, 'n'))
  })
})
