import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { sampleScreening } from '@/tests/support/screenings'

import { deviceOutcome, deviceOutcomeSchema } from './device-outcome'
import { deviceOutcomeRow } from './device-row'
import { toOutcomeRow } from './stored-columns'

const now = new Date('2026-12-01T15:00:00Z')
const meta = {
  key: '0b7c6f0e-3d6a-4d8e-9a51-3f3c1b0f9a11',
  screenedOn: '2026-12-01',
  offline: true,
  locale: 'ht' as const,
}

describe('the outcome a device keeps and sends', () => {
  it('becomes the same whitelisted row the server stores for the same screening, channel offline', () => {
    for (let i = 0; i < 4; i++) {
      const { answers, evaluation } = sampleScreening(i)
      const outcome = deviceOutcomeSchema.parse(deviceOutcome(evaluation, answers, meta))
      const fromDevice = deviceOutcomeRow(outcome, shippedHistory, now)!
      const onServer = toOutcomeRow(evaluation, answers, {
        locale: 'ht',
        channel: 'offline',
        idempotencyKey: `device:${meta.key}`,
        resultCode: fromDevice.result_code,
        now,
      })
      expect({ ...fromDevice, id: '' }).toEqual({ ...onServer, id: '' })
    }
  })

  it('holds no exact date and nothing outside the whitelist', () => {
    const { answers, evaluation } = sampleScreening(0)
    const outcome = deviceOutcome(evaluation, answers, meta)
    expect(JSON.stringify(outcome)).not.toContain(String(answers.arrivalDate))
    expect(deviceOutcomeSchema.safeParse({ ...outcome, arrivalDate: '2023-05-02' }).success).toBe(false)
  })

  it('is a self screening when the device was online, and keeps one key per screening', () => {
    const { answers, evaluation } = sampleScreening(1)
    const online = deviceOutcomeRow(
      deviceOutcome(evaluation, answers, { ...meta, offline: false }),
      shippedHistory,
      now,
    )
    expect(online?.channel).toBe('self')
    const again = deviceOutcomeRow(deviceOutcome(evaluation, answers, meta), shippedHistory, now)
    expect(again?.idempotency_digest).toBe(online?.idempotency_digest)
    expect(again?.result_code).toBe(online?.result_code)
  })

  it('is refused with rules the server never published, or a day in the future or too long ago', () => {
    const { answers, evaluation } = sampleScreening(0)
    const outcome = deviceOutcome(evaluation, answers, meta)
    expect(deviceOutcomeRow({ ...outcome, rulesVersion: 'made-up' }, shippedHistory, now)).toBeNull()
    expect(deviceOutcomeRow({ ...outcome, screenedOn: '2026-12-03' }, shippedHistory, now)).toBeNull()
    expect(deviceOutcomeRow({ ...outcome, screenedOn: '2026-10-01' }, shippedHistory, now)).toBeNull()
    expect(deviceOutcomeRow({ ...outcome, screenedOn: '2026-11-20' }, shippedHistory, now)?.screened_on).toBe(
      '2026-11-20',
    )
  })
})
