import { afterEach, describe, expect, it, vi } from 'vitest'

import { seal, unseal } from './sealed-cookie'

const first = 'a'.repeat(40)
const second = 'b'.repeat(40)

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('sealed cookie', () => {
  it('gives back what was sealed', async () => {
    expect(await unseal(await seal({ hostCountry: 'CO' }, 60))).toEqual({ hostCountry: 'CO' })
  })

  it('does not show the answers in the cookie text', async () => {
    // A long marker: a two-letter code could appear in random base64 by chance.
    const token = await seal({ nationality: 'VE', marker: 'arrived-in-colombia-2023' }, 60)
    for (const text of [
      'arrived-in-colombia-2023',
      'nationality',
      Buffer.from('arrived-in-colombia').toString('base64url'),
    ]) {
      expect(token).not.toContain(text)
    }
  })

  it('refuses a token that was changed', async () => {
    const token = await seal({ adult: 'yes' }, 60)
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1)
    expect(await unseal(flipped)).toBeNull()
  })

  it('forgets the answers after the idle time', async () => {
    const token = await seal({ adult: 'yes' }, 30 * 60)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 30 * 60 * 1000 + 1)
    expect(await unseal(token)).toBeNull()
  })

  it('opens a cookie of one purpose only for that purpose', async () => {
    expect(await unseal(await seal({ codeId: 'x' }, 60, 'assisted-device'), 'answers')).toBeNull()
  })

  it('keeps opening cookies sealed with an older secret after rotation, and seals with the newest', async () => {
    vi.stubEnv('ANSWERS_SECRET', first)
    const old = await seal({ adult: 'no' }, 60)
    vi.stubEnv('ANSWERS_SECRET', `${second},${first}`)
    expect(await unseal(old)).toEqual({ adult: 'no' })
    const fresh = await seal({ adult: 'yes' }, 60)
    vi.stubEnv('ANSWERS_SECRET', second)
    expect(await unseal(fresh)).toEqual({ adult: 'yes' })
    expect(await unseal(old)).toBeNull()
  })
})
