// The fuzz suite: a few thousand generated requests (tests/support/fuzz-requests.ts) against the running
// server. None may answer 5xx, take longer than 10 s, or send a header block a proxy would refuse.
import { expect, test } from '@playwright/test'

import { type FuzzRequest, fuzzRequests } from '../support/fuzz-requests'

const COUNT = Number(process.env.FUZZ_COUNT ?? 3000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
const PARALLEL = 8

test('thousands of generated requests: no 5xx, no hang, no oversized header', async ({ request, baseURL }) => {
  test.setTimeout(240_000)
  // Real server-action ids from the pages, so mutated form posts reach Next's action handling.
  const actions: { id: string; path: string }[] = []
  for (const path of ['/es', '/es/check/host-country', '/fr/assisted']) {
    const html = await (await request.get(path)).text()
    for (const [, id] of html.matchAll(/&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/g)) actions.push({ id: id!, path })
  }
  expect(actions.length).toBeGreaterThan(0)
  const requests = fuzzRequests(COUNT, SEED, actions)
  const failures: string[] = []
  let sent = 0
  const send = async (r: FuzzRequest) => {
    const started = Date.now()
    try {
      const res = await request.fetch(`${baseURL}${r.path}`, {
        method: r.method,
        headers: r.headers,
        data: r.body,
        maxRedirects: 0,
        timeout: 10_000,
        failOnStatusCode: false,
      })
      const headerBytes = res.headersArray().reduce((n, h) => n + h.name.length + h.value.length + 4, 0)
      const cookie = res.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.length >= 4096)
      if (res.status() >= 500 || headerBytes > 8192 || cookie)
        failures.push(`${res.status()} (headers ${headerBytes} B) ${r.method} ${r.path} ${JSON.stringify(r.headers)}`)
    } catch (error) {
      // A client-side refusal to send (e.g. a method the client does not support) is not the server's fault.
      const message = (error as Error).message
      if (/Timeout|socket hang up|ECONNRESET/i.test(message) || Date.now() - started >= 10_000)
        failures.push(`no answer: ${r.method} ${r.path} ${message.split('\n')[0]}`)
    }
    sent += 1
  }
  for (let i = 0; i < requests.length; i += PARALLEL) await Promise.all(requests.slice(i, i + PARALLEL).map(send))
  console.log(`[fuzz] ${sent} requests (seed ${SEED}), ${failures.length} failed`)
  expect(failures.slice(0, 20)).toEqual([])
})
