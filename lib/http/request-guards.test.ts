import { describe, expect, it } from 'vitest'

import { isCrossOrigin } from './request-guards'

const h = (init: Record<string, string>) => new Headers({ host: 'screener.example.org', ...init })

describe('isCrossOrigin', () => {
  it('lets through a post from this site, with or without an Origin', () => {
    expect(isCrossOrigin(h({ origin: 'https://screener.example.org' }))).toBe(false)
    expect(isCrossOrigin(h({}))).toBe(false)
  })

  it('lets through "Origin: null" only when the browser says the post came from this site', () => {
    expect(isCrossOrigin(h({ origin: 'null', 'sec-fetch-site': 'same-origin' }))).toBe(false)
    expect(isCrossOrigin(h({ origin: 'null', 'sec-fetch-site': 'cross-site' }))).toBe(true)
    expect(isCrossOrigin(h({ origin: 'null', 'sec-fetch-site': 'same-site' }))).toBe(true)
    expect(isCrossOrigin(h({ origin: 'null' }))).toBe(true)
  })

  it('refuses a post another site sent, whatever it claims elsewhere', () => {
    expect(isCrossOrigin(h({ origin: 'https://evil.example.com', 'sec-fetch-site': 'same-origin' }))).toBe(true)
    expect(isCrossOrigin(h({ origin: 'not a url' }))).toBe(true)
  })
})
