import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { sampleScreening } from '@/tests/support/screenings'

import { idempotencyDigest } from './idempotency'
import { resultCodeFor } from './result-code'
import { insertOutcome, StoreError } from './store'
import { toOutcomeRow } from './stored-columns'

const row = () => {
  const key = randomUUID()
  const { evaluation, answers } = sampleScreening(0)
  return toOutcomeRow(evaluation, answers, {
    locale: 'en',
    channel: 'self',
    idempotencyKey: key,
    resultCode: resultCodeFor(idempotencyDigest(key)),
    now: new Date(),
  })
}

describe('insertOutcome (straight to the pool)', () => {
  it('stores a row once and gives the stored code back for the same screening', async () => {
    const first = row()
    const stored = await insertOutcome(first)
    expect(stored.resultCode).toBe(first.result_code)
    expect(await insertOutcome({ ...first, id: randomUUID() })).toEqual(stored)
  })

  it('tells a row the database refuses for good (a CHECK) from one it could not reach', async () => {
    const error = await insertOutcome({ ...row(), result_code: 'not-a-code' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).failure).toBe('refused')
  })
})
