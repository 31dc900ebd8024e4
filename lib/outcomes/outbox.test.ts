// The outbox keeps its count in memory: a screening with an empty outbox touches no file.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { sampleScreening } from '@/tests/support/screenings'

import { idempotencyDigest } from './idempotency'
import { findInOutbox, listOutbox, outboxDir, outboxPending, putInOutbox, removeFromOutbox } from './outbox'
import { resultCodeFor } from './result-code'
import { toOutcomeRow } from './stored-columns'

beforeAll(() => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-outbox-count-'))
})

const row = (key: string) => {
  const { evaluation, answers } = sampleScreening(1)
  const resultCode = resultCodeFor(idempotencyDigest(key))
  return toOutcomeRow(evaluation, answers, {
    locale: 'en',
    channel: 'self',
    idempotencyKey: key,
    resultCode,
    now: new Date(),
  })
}

describe('the outbox count', () => {
  it('follows what this process puts in and takes out', async () => {
    expect(outboxPending()).toBe(0)
    const a = await putInOutbox(row('count-a'))
    await putInOutbox(row('count-b'))
    await putInOutbox(row('count-a')) // already waiting: not counted twice
    expect(outboxPending()).toBe(2)
    expect((await findInOutbox(a.idempotency_digest))?.result_code).toBe(a.result_code)
    removeFromOutbox(a.idempotency_digest)
    removeFromOutbox(a.idempotency_digest)
    expect(outboxPending()).toBe(1)
    removeFromOutbox(row('count-b').idempotency_digest)
    expect(outboxPending()).toBe(0)
  })

  it('reads no file while it believes the outbox empty, and learns of others from the next listing', async () => {
    const other = row('written-by-another-instance')
    const file = path.join(outboxDir(), `${other.idempotency_digest}.json`)
    writeFileSync(file, JSON.stringify(other))
    expect(await findInOutbox(other.idempotency_digest)).toBeNull()
    expect(listOutbox()).toEqual([other.idempotency_digest])
    expect(outboxPending()).toBe(1)
    expect((await findInOutbox(other.idempotency_digest))?.result_code).toBe(other.result_code)
  })
})
