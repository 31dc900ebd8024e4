import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeEach, describe, expect, it } from 'vitest'

import { putInOutbox, rejectFromOutbox, removeFromOutbox } from '@/lib/outcomes/outbox'
import { toOutcomeRow } from '@/lib/outcomes/stored-columns'
import { sampleScreening } from '@/tests/support/screenings'

import { GET } from './route'

beforeEach(() => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-health-outbox-'))
})

describe('GET /api/health', () => {
  it('is ok when the database answers and nothing waits', async () => {
    const res = await GET()
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up', outbox: { pending: 0, rejected: 0 } })
  })

  it('is degraded (still 200) while outcomes wait in the outbox', async () => {
    const { answers, evaluation } = sampleScreening(0)
    const row = toOutcomeRow(evaluation, answers, {
      locale: 'es',
      channel: 'self',
      idempotencyKey: randomUUID(),
      resultCode: 'ABCDEFGH',
      now: new Date(),
    })
    await putInOutbox(row)
    const res = await GET()
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'degraded', database: 'up', outbox: { pending: 1 } })
    removeFromOutbox(row.idempotency_digest)
    expect(await (await GET()).json()).toMatchObject({ status: 'ok' })
  })
})

describe('GET /api/health with an outcome the database refused for good', () => {
  it('counts it but stays ok: nothing retrying could store it', async () => {
    const { answers, evaluation } = sampleScreening(1)
    const row = toOutcomeRow(evaluation, answers, {
      locale: 'es',
      channel: 'self',
      idempotencyKey: randomUUID(),
      resultCode: 'ABCDEFGJ',
      now: new Date(),
    })
    await putInOutbox(row)
    rejectFromOutbox(row.idempotency_digest)
    expect(await (await GET()).json()).toMatchObject({ status: 'ok', outbox: { pending: 0, rejected: 1 } })
  })
})
