import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, describe, expect, it } from 'vitest'

import { clientAddressOf } from './client-address'
import { installPeerAddress, peerAddressHeader, peerAddressInstalled } from './peer-address'

// A real Node server, as `next start` runs one: what the handler sees is what the proxy and actions see.
const server = http.createServer((req, res) => {
  const headers = new Headers(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
  res.end(JSON.stringify({ peer: req.headers[peerAddressHeader], client: clientAddressOf(headers) }))
})
const base = new Promise<string>((resolve) =>
  server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
)
afterAll(() => new Promise((done) => server.close(done)))

const ask = async (headers: Record<string, string>) => (await fetch(await base, { headers })).json()

describe('the peer address', () => {
  it('is the socket address, whatever header the client sends', async () => {
    installPeerAddress()
    expect(peerAddressInstalled()).toBe(true)
    const forged = await ask({ [peerAddressHeader]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' })
    expect(forged.peer).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
  })

  it('names the client when no proxy is trusted: a varied X-Forwarded-For changes nothing', async () => {
    process.env.TRUSTED_PROXY_HOPS = '0'
    const answers = await Promise.all(['192.0.2.1', '192.0.2.2', '10.0.0.3'].map((a) => ask({ 'x-forwarded-for': a })))
    expect(new Set(answers.map((a) => a.client))).toEqual(new Set([answers[0].peer]))
  })

  it('behind one trusted proxy, is the address that proxy appended', async () => {
    process.env.TRUSTED_PROXY_HOPS = '1'
    expect((await ask({ 'x-forwarded-for': '203.0.113.5, 192.0.2.7' })).client).toBe('192.0.2.7')
    delete process.env.TRUSTED_PROXY_HOPS
  })
})
