// /api/metrics: Prometheus text behind a bearer token, counting real screenings, and nothing about a person.
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { GET } from '@/app/api/metrics/route'
import { POST as screenRoute } from '@/app/api/v1/screenings/route'
import { screeningHistory } from '@/lib/db/history'
import { limitDefaults } from '@/lib/rate-limit/settings'
import { consume, resetLimiters } from '@/lib/rate-limit/store'
import { asPartner, testApiKey } from '@/tests/support/api-key'

let partner: Awaited<ReturnType<typeof testApiKey>>
const screen = asPartner(screenRoute, () => partner)

const scrape = (authorization?: string) =>
  GET(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }))
const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : 0
}

beforeAll(async () => {
  partner = await testApiKey()
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-metrics-outbox-'))
})
afterEach(() => {
  delete process.env.METRICS_TOKEN
})

describe('/api/metrics', () => {
  it('does not exist without METRICS_TOKEN, and wants the token when it is set', async () => {
    expect((await scrape('Bearer anything')).status).toBe(404)
    process.env.METRICS_TOKEN = 'a-long-scrape-token'
    expect((await scrape()).status).toBe(401)
    expect((await scrape('Bearer a-long-scrape-toke')).status).toBe(401)
    expect((await scrape('Basic a-long-scrape-token')).status).toBe(401)
    expect((await scrape('Bearer a-long-scrape-token')).status).toBe(200)
  })

  it('counts stored screenings and refusals, with the rules version in force and the outbox depth', async () => {
    process.env.METRICS_TOKEN = 'a-long-scrape-token'
    await screeningHistory()
    const read = async () => {
      const res = await scrape('Bearer a-long-scrape-token')
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
      return res.text()
    }
    const stored = 'screener_screenings_stored_total{channel="api",stored="database"}'
    const before = value(await read(), stored)
    const answers = { hostCountry: 'CO', nationality: 'VE', statuses: [{ code: 'ppt' }], adult: 'yes' }
    const res = await screen(
      new Request('http://localhost/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ answers, asOf: '2024-03-01' }),
      }),
    )
    expect(res.status).toBe(201)
    const { resultCode } = (await res.json()) as { resultCode: string }
    // A client over the eligibility limit (one request per 10 minutes here) is refused, and counted.
    process.env[limitDefaults.eligibility.env] = '1/600'
    resetLimiters()
    const client = `metrics-${randomUUID()}`
    await consume('eligibility', client)
    expect((await consume('eligibility', client)).ok).toBe(false)
    delete process.env[limitDefaults.eligibility.env]
    resetLimiters()
    const text = await read()
    expect(value(text, stored)).toBe(before + 1)
    expect(value(text, 'screener_rate_limit_refusals_total{limit="eligibility"}')).toBeGreaterThanOrEqual(1)
    expect(value(text, 'screener_outbox_outcomes{state="pending"}')).toBe(0)
    expect(text).toMatch(/^screener_rules_version_info\{version="[^"]+"\} 1$/m)
    expect(text).toMatch(/^screener_database_seconds_count\{operation="outcome_insert"\} [1-9]/m)
    expect(text).toMatch(/^# TYPE process_cpu_seconds_total counter$/m)
    expect(text).not.toContain(resultCode)
    expect(text).not.toMatch(/nationality|VE"/)
  })
})
