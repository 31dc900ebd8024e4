import { describe, expect, it } from 'vitest'

import { newTotpSecret, pendingTotpSecret, sealPendingTotp, totpCode, totpStep, totpUri } from './totp'

// RFC 6238 Appendix B: the SHA-1 secret "12345678901234567890" in base32, and its 8-digit codes' last 6 digits.
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(totpCode(secret, 59_000)).toBe('287082')
    expect(totpCode(secret, 1_111_111_109_000)).toBe('081804')
    expect(totpCode(secret, 2_000_000_000_000)).toBe('279037')
  })

  it('accepts one step of clock drift, not two, and says which step the code was', () => {
    const now = 1_700_000_000_000
    const step = Math.floor(now / 30_000)
    expect(totpStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1)
    expect(totpStep(secret, totpCode(secret, now), now)).toBe(step)
    expect(totpStep(secret, totpCode(secret, now - 60_000), now)).toBeNull()
    expect(totpStep(secret, 'abcdef', now)).toBeNull()
  })

  it('makes 32-character base32 secrets and a URI an authenticator app reads', () => {
    const fresh = newTotpSecret()
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/)
    expect(totpUri(fresh, 'ana@example.org')).toMatch(/^otpauth:\/\/totp\/SMI%20screener:ana%40example\.org\?/)
  })

  it('keeps a pending secret for its own account only', async () => {
    const sealed = await sealPendingTotp(secret, 'account-1')
    expect(await pendingTotpSecret(sealed, 'account-1')).toBe(secret)
    expect(await pendingTotpSecret(sealed, 'account-2')).toBeNull()
    expect(await pendingTotpSecret('forged', 'account-1')).toBeNull()
  })
})
