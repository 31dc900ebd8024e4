import { afterEach, describe, expect, it, vi } from 'vitest'

import { seal, unseal } from './sealed-cookie'

afterEach(() => vi.useRealTimers())

describe('sealed cookie', () => {
  it('gives back what was sealed', () => {
    expect(unseal(seal({ hostCountry: 'CO' }, 60))).toEqual({ hostCountry: 'CO' })
  })

  it('does not show the answers in the cookie text', () => {
    // A long marker: a two-letter code could appear in random base64 by chance.
    const token = seal({ nationality: 'VE', marker: 'arrived-in-colombia-2023' }, 60)
    for (const text of [
      'arrived-in-colombia-2023',
      'nationality',
      Buffer.from('arrived-in-colombia').toString('base64url'),
    ]) {
      expect(token).not.toContain(text)
    }
  })

  it('refuses a token that was changed', () => {
    const token = seal({ adult: 'yes' }, 60)
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1)
    expect(unseal(flipped)).toBeNull()
  })

  it('forgets the answers after the idle time', () => {
    vi.useFakeTimers()
    const token = seal({ adult: 'yes' }, 30 * 60)
    vi.advanceTimersByTime(30 * 60 * 1000 + 1)
    expect(unseal(token)).toBeNull()
  })
})
