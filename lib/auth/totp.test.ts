import { describe, expect, it } from 'vitest'
import { totpCode, verifyTotp } from './totp'

// RFC 6238 Appendix B: the SHA-1 secret "12345678901234567890" in base32, and its 8-digit codes' last 6 digits.
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(totpCode(secret, 59_000)).toBe('287082')
    expect(totpCode(secret, 1_111_111_109_000)).toBe('081804')
    expect(totpCode(secret, 2_000_000_000_000)).toBe('279037')
  })

  it('accepts one step of clock drift, not two', () => {
    const now = 1_700_000_000_000
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now)).toBe(true)
    expect(verifyTotp(secret, totpCode(secret, now - 60_000), now)).toBe(false)
  })
})
