import { describe, expect, it } from 'vitest'

import { newTotpSecret, pendingTotpSecret, sealPendingTotp, totpCode, verifyTotp } from './totp'

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

describe('enrolment', () => {
  it('makes 160-bit secrets that authenticator apps accept (32 base32 characters)', () => {
    const secret = newTotpSecret()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(verifyTotp(secret, totpCode(secret))).toBe(true)
  })

  it('takes back the pending secret only for the account it was made for', () => {
    const secret = newTotpSecret()
    const token = sealPendingTotp(secret, 'account-a')
    expect(pendingTotpSecret(token, 'account-a')).toBe(secret)
    expect(pendingTotpSecret(token, 'account-b')).toBeNull()
    expect(pendingTotpSecret(secret, 'account-a')).toBeNull()
  })
})
