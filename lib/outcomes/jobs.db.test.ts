import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it, vi } from 'vitest'

import { db } from '@/lib/db/prisma'
import { sampleScreening } from '@/tests/support/screenings'

import { idempotencyDigest } from './idempotency'
import { startOutcomeJobs } from './jobs'
import { listOutbox, putInOutbox } from './outbox'
import { resultCodeFor } from './result-code'
import { toOutcomeRow } from './stored-columns'

it('at start-up, writes what a previous run left in the outbox into the database', async () => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-jobs-outbox-'))
  const key = `left-by-a-previous-run-${process.pid}`
  const { answers, evaluation } = sampleScreening(2)
  const row = toOutcomeRow(evaluation, answers, {
    locale: 'fr',
    channel: 'self',
    idempotencyKey: key,
    resultCode: resultCodeFor(idempotencyDigest(key)),
    now: new Date(),
  })
  await putInOutbox(row)
  startOutcomeJobs()
  await vi.waitFor(() => expect(listOutbox()).toEqual([]), { timeout: 10_000 })
  expect(await db().outcome.findUnique({ where: { idempotencyDigest: row.idempotency_digest } })).toMatchObject({
    resultCode: row.result_code,
    locale: 'fr',
  })
})
