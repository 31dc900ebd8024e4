import { describe, expect, it } from 'vitest'

import { isSameOrigin } from './request'

const h = (init: Record<string, string>) => new Headers({ host: 'screener.example.org', ...init })

describe('isSameOrigin', () => {
  it('accepts a form posted from this site, or a request without Origin (same-site navigation)', () => {
    expect(isSameOrigin(h({ origin: 'https://screener.example.org', 'sec-fetch-site': 'same-origin' }))).toBe(true)
    expect(isSameOrigin(h({}))).toBe(true)
  })

  it('refuses a form another site posted (e.g. to lock a shelter device)', () => {
    expect(isSameOrigin(h({ origin: 'https://evil.example.com' }))).toBe(false)
    expect(isSameOrigin(h({ origin: 'null' }))).toBe(false)
    expect(isSameOrigin(h({ 'sec-fetch-site': 'cross-site' }))).toBe(false)
  })
})
