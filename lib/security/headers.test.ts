import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, newNonce, securityHeaders } from './headers'

describe('security headers', () => {
  it('give each response a fresh 128-bit nonce', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16)
  })

  it('allow scripts only with the nonce, and nothing inline, framed, based elsewhere or posted elsewhere', () => {
    const csp = contentSecurityPolicy('abc', false)
    expect(csp).toContain("script-src 'nonce-abc' 'strict-dynamic'")
    expect(csp).toContain("style-src 'self' 'nonce-abc'")
    for (const d of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"])
      expect(csp).toContain(d)
    expect(csp).not.toMatch(/unsafe-(inline|eval)/)
    expect(csp).not.toContain('upgrade-insecure-requests')
  })

  it('let forms post to this site and to the quick-exit site only (its redirect counts as a post)', () => {
    expect(contentSecurityPolicy('n', false, 'https://www.google.com/search?q=weather')).toContain(
      "form-action 'self' https://www.google.com;",
    )
    for (const odd of [undefined, '', 'javascript:alert(1)', 'not a url'])
      expect(contentSecurityPolicy('n', false, odd)).toContain("form-action 'self';")
  })

  it('send HSTS and upgrade requests only when the public address is https', () => {
    const https = securityHeaders('n', 'https://screener.example.org')
    expect(https['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains')
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests')
    expect(securityHeaders('n', 'http://localhost:3000')['Strict-Transport-Security']).toBeUndefined()
    expect(securityHeaders('n', undefined)['Strict-Transport-Security']).toBeUndefined()
  })

  it('deny every powerful feature and keep URLs from other sites', () => {
    const h = securityHeaders('n', undefined)
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'bluetooth'])
      expect(h['Permissions-Policy']).toContain(`${f}=()`)
    expect(h).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    })
  })
})
