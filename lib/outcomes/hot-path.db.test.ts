// The hot path of a stored screening costs one database round trip, the insert (and for a partner's API request the
// shared rate-limit count before it): no rules query (the history is in memory), no key query for a partner whose
// key this process verified, no outbox read while none wait. Counted
// at the pg driver, so a query from any part of the app would show. Work in the background of this process (a
// rules re-read after another test file publishes) can fall in a window: each count is retried until a clean one.
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { POST } from '@/app/api/v1/screenings/route'
import { screeningHistory } from '@/lib/db/history'
import { asPartner, testApiKey } from '@/tests/support/api-key'
import { statementsDuring } from '@/tests/support/query-count'
import { sampleScreening } from '@/tests/support/screenings'

import { recordOutcome } from './record'

const insert = /^WITH ins AS \( INSERT INTO outcomes /
let partner: Awaited<ReturnType<typeof testApiKey>>
const screen = asPartner(POST, () => partner)
const request = (i: number) =>
  new Request('http://localhost/api/v1/screenings', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': `hot-path-${randomUUID()}` },
    body: JSON.stringify({ answers: sampleScreening(i).answers }),
  })

beforeAll(async () => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-hot-path-outbox-'))
  partner = await testApiKey()
  await screeningHistory()
})

describe('one screening, one round trip', () => {
  it('the questionnaire’s store (recordOutcome) sends the insert and nothing else', async () => {
    await recordOutcome({ ...sampleScreening(0), locale: 'en', channel: 'self', idempotencyKey: randomUUID() })
    await vi.waitFor(
      async () => {
        const { statements, result } = await statementsDuring(() =>
          recordOutcome({ ...sampleScreening(1), locale: 'en', channel: 'self', idempotencyKey: randomUUID() }),
        )
        expect(result.stored).toBe('database')
        expect(statements).toHaveLength(1)
        expect(statements[0]).toMatch(insert)
      },
      { timeout: 10_000, interval: 200 },
    )
  })

  it('POST /api/v1/screenings with a key verified before sends the shared rate-limit count, the insert, and nothing else', async () => {
    await vi.waitFor(
      async () => {
        expect((await screen(request(0))).status).toBe(201) // verifies the key (once the listener is up)
        const { statements, result } = await statementsDuring(() => screen(request(2)))
        expect(result.status).toBe(201)
        expect(statements).toHaveLength(2)
        expect(statements[0]).toMatch(/\brate_limits\b/)
        expect(statements[1]).toMatch(insert)
      },
      { timeout: 10_000, interval: 200 },
    )
  })

  it('a key revoked on another connection is refused within 2 s, and a new key works at once', async () => {
    // The key is served from memory now (no api_keys query), so only the NOTIFY can tell this process.
    await vi.waitFor(async () => {
      const { statements } = await statementsDuring(() => screen(request(0)))
      expect(statements.filter((s) => s.includes('api_keys'))).toEqual([])
    })
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [partner.id])
    await client.end()
    await expect.poll(async () => (await screen(request(1))).status, { timeout: 2_000, interval: 50 }).toBe(401)
    partner = await testApiKey()
    expect((await screen(request(1))).status).toBe(201)
  })
})
