import { describe, expect, it } from 'vitest'

import { idempotencyDigest } from './idempotency'
import { normalizeResultCode, resultCodeFor, resultCodePattern } from './result-code'

describe('result codes', () => {
  it('are 12 symbols without look-alikes (no 0, O, 1, I, L, U)', () => {
    for (let i = 0; i < 500; i++) {
      const code = resultCodeFor(idempotencyDigest(`k${i}`))
      expect(code).toMatch(resultCodePattern)
      expect(code).not.toMatch(/[01OILU]/)
    }
  })

  it('are the same for the same screening and differ between screenings and attempts', () => {
    const digest = idempotencyDigest('one screening')
    expect(resultCodeFor(digest)).toBe(resultCodeFor(digest))
    expect(resultCodeFor(digest, 1)).not.toBe(resultCodeFor(digest))
    expect(resultCodeFor(idempotencyDigest('another'))).not.toBe(resultCodeFor(digest))
  })

  it('are found however they are typed back', () => {
    expect(normalizeResultCode('abcd efgh')).toBe('ABCDEFGH')
    expect(normalizeResultCode('ABCD-EFGH')).toBe('ABCDEFGH')
    expect(normalizeResultCode('abcd efgh jkmn')).toBe('ABCDEFGHJKMN')
    expect(normalizeResultCode('ABCD-EFGH-JKMN')).toBe('ABCDEFGHJKMN')
    expect(normalizeResultCode('ABCD0FGH')).toBeNull()
    expect(normalizeResultCode('ABCDEFGHJK')).toBeNull()
  })

  it('carry at least 55 random bits: a guess hits one of ten million outcomes with probability below 1e-9', () => {
    const bits = Math.log2(30) * 12
    expect(bits).toBeGreaterThanOrEqual(55)
    expect(1e7 / 30 ** 12).toBeLessThan(1e-9)
  })
})
