import { describe, expect, it } from 'vitest'

import { limitOf } from './settings'

describe('limitOf', () => {
  it('reads "points/seconds" from the setting, else the default', () => {
    expect(limitOf('screenings', { RATE_LIMIT_SCREENINGS: '5/2' })).toEqual({ points: 5, seconds: 2 })
    expect(limitOf('screenings', {})).toEqual({ points: 60, seconds: 60 })
    expect(limitOf('eligibility', { RATE_LIMIT_ELIGIBILITY: '0/10' })).toEqual({ points: 600, seconds: 60 })
    expect(limitOf('eligibility', { RATE_LIMIT_ELIGIBILITY: 'lots' })).toEqual({ points: 600, seconds: 60 })
  })
})
