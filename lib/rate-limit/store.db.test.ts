import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { statementsDuring } from '@/tests/support/query-count'

import { limitKey } from './client-key'
import { limitDefaults } from './settings'
import { consume, forget, refund, resetLimiters } from './store'

// A tiny window (3 requests per 1 s) through the same settings the app reads.
beforeAll(() => {
  process.env[limitDefaults.resultPages.env] = '3/1'
  resetLimiters()
})
afterAll(() => {
  delete process.env[limitDefaults.resultPages.env]
  resetLimiters()
})

describe('rate limits on PostgreSQL', () => {
  it('refuses past the limit with the seconds to wait, and lets the client in again after the window', async () => {
    const key = limitKey('client', `198.18.0.${Math.floor(Math.random() * 250)}`)
    for (let i = 0; i < 3; i++) expect(await consume('resultPages', key)).toEqual({ ok: true })
    const refused = await consume('resultPages', key)
    expect(refused).toMatchObject({ ok: false })
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    await expect.poll(async () => (await consume('resultPages', key)).ok, { timeout: 5_000 }).toBe(true)
  })

  it('counts a parallel burst exactly: one limiter per instance, one row per key', async () => {
    const key = limitKey('client', 'burst')
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => consume('resultPages', key)))
    expect(verdicts.filter((v) => v.ok)).toHaveLength(3)
  })

  it('gives points back and forgets keys', async () => {
    const key = limitKey('client', 'refund')
    for (let i = 0; i < 3; i++) await consume('resultPages', key)
    await refund('resultPages', key)
    expect((await consume('resultPages', key)).ok).toBe(true)
    await forget('resultPages', key)
    expect((await consume('resultPages', key)).ok).toBe(true)
  })
})

describe('a client over its limit', () => {
  it('of a public route is refused from memory, without a query, until the window ends', async () => {
    process.env[limitDefaults.screenings.env] = '2/600' // a window no slow machine outlasts
    resetLimiters()
    const key = limitKey('client', `over-the-limit-${Math.random()}`)
    for (let i = 0; i < 2; i++) expect((await consume('screenings', key)).ok).toBe(true)
    expect((await consume('screenings', key)).ok).toBe(false) // refused by the count in PostgreSQL
    const { statements, result } = await statementsDuring(() => consume('screenings', key))
    delete process.env[limitDefaults.screenings.env]
    resetLimiters()
    expect(result.ok).toBe(false)
    expect(statements).toEqual([])
  })
})
