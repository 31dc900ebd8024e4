import { describe, expect, it } from 'vitest'

import { decryptTotpSecret, encryptTotpSecret } from './totp-secret'

const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('stored second-factor secrets', () => {
  it('are encrypted, and decrypt for their own account only', () => {
    const stored = encryptTotpSecret(secret, 'account-1')
    expect(stored).not.toContain(secret)
    expect(decryptTotpSecret(stored, 'account-1')).toBe(secret)
    expect(decryptTotpSecret(stored, 'account-2')).toBeNull()
  })

  it('refuse a secret stored in clear or changed', () => {
    expect(decryptTotpSecret(secret, 'account-1')).toBeNull()
    const stored = encryptTotpSecret(secret, 'account-1')
    expect(decryptTotpSecret(stored.slice(0, -2) + 'AA', 'account-1')).toBeNull()
  })
})
