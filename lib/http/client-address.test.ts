import { afterEach, describe, expect, it } from 'vitest'

import { clientAddressOf } from './client-address'

const h = (init: Record<string, string>) => new Headers(init)
afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS
})

// The peer address hook is not installed here (lib/http/peer-address.test.ts runs it on a real server).
describe('clientAddressOf', () => {
  it('never reads X-Forwarded-For without a trusted proxy: every client shares one bucket', () => {
    for (const hops of [undefined, '0', 'nonsense', '-2']) {
      if (hops === undefined) delete process.env.TRUSTED_PROXY_HOPS
      else process.env.TRUSTED_PROXY_HOPS = hops
      const seen = ['192.0.2.1', '192.0.2.2, 10.0.0.1', ''].map((xff) => clientAddressOf(h({ 'x-forwarded-for': xff })))
      expect(new Set(seen)).toEqual(new Set(['unknown']))
      // Without the server's hook, a client's copy of the peer header is not believed either.
      expect(clientAddressOf(h({ 'x-smi-peer-address': '203.0.113.9' }))).toBe('unknown')
    }
  })

  it('reads the entry the trusted proxies appended, counting from the end', () => {
    process.env.TRUSTED_PROXY_HOPS = '2'
    expect(clientAddressOf(h({ 'x-forwarded-for': 'forged, 203.0.113.5, 10.0.0.2' }))).toBe('203.0.113.5')
    // Fewer entries than proxies: not through them all, so nothing in the header is vouched for.
    expect(clientAddressOf(h({ 'x-forwarded-for': '203.0.113.5' }))).toBe('unknown')
  })
})
