import { describe, expect, it } from 'vitest'

import { shippedProgrammes } from '@/lib/rules/data/programmes'
import { sampleProgrammeScreening, sampleScreening } from '@/tests/support/screenings'

import { deviceOutcome, deviceOutcomeSchema } from './device-outcome'
import { deviceOutcomeRow } from './device-row'
import { toOutcomeProgrammeRows } from './programme-rows'
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
      const outcome = deviceOutcomeSchema.parse(deviceOutcome(evaluation, [], answers, meta))
      const fromDevice = deviceOutcomeRow(outcome, shippedProgrammes, now)!
      const onServer = toOutcomeRow(evaluation, answers, {
        locale: 'ht',
        channel: 'offline',
        idempotencyKey: `device:${meta.key}`,
        resultCode: fromDevice.result_code,
        now,
      })
      expect({ ...fromDevice, id: '' }).toEqual({ ...onServer, id: '', programmes: [] })
    }
  })

  it('holds no exact date and nothing outside the whitelist', () => {
    const { answers, evaluation } = sampleScreening(0)
    const outcome = deviceOutcome(evaluation, [], answers, meta)
    expect(JSON.stringify(outcome)).not.toContain(String(answers.arrivalDate))
    expect(deviceOutcomeSchema.safeParse({ ...outcome, arrivalDate: '2023-05-02' }).success).toBe(false)
  })

  it('is a self screening when the device was online, and keeps one key per screening', () => {
    const { answers, evaluation } = sampleScreening(1)
    const online = deviceOutcomeRow(
      deviceOutcome(evaluation, [], answers, { ...meta, offline: false }),
      shippedProgrammes,
      now,
    )
    expect(online?.channel).toBe('self')
    const again = deviceOutcomeRow(deviceOutcome(evaluation, [], answers, meta), shippedProgrammes, now)
    expect(again?.idempotency_digest).toBe(online?.idempotency_digest)
    expect(again?.result_code).toBe(online?.result_code)
  })

  it('is refused with rules the server never published, or a day in the future or too long ago', () => {
    const { answers, evaluation } = sampleScreening(0)
    const outcome = deviceOutcome(evaluation, [], answers, meta)
    expect(deviceOutcomeRow({ ...outcome, rulesVersion: 'made-up' }, shippedProgrammes, now)).toBeNull()
    expect(deviceOutcomeRow({ ...outcome, screenedOn: '2026-12-03' }, shippedProgrammes, now)).toBeNull()
    expect(deviceOutcomeRow({ ...outcome, screenedOn: '2026-10-01' }, shippedProgrammes, now)).toBeNull()
    expect(deviceOutcomeRow({ ...outcome, screenedOn: '2026-11-20' }, shippedProgrammes, now)?.screened_on).toBe(
      '2026-11-20',
    )
  })

  describe('with the other programmes screened', () => {
    const { answers, evaluation, programmes } = sampleProgrammeScreening('2023-06-01')
    const outcome = deviceOutcomeSchema.parse(deviceOutcome(evaluation, programmes, answers, meta))
    const cet = outcome.programmes.find((p) => p.programme === 'cr-cet-2023')!

    it('sends the rows the server questionnaire stores for them, and the server stores the same rows', () => {
      const stored = toOutcomeProgrammeRows(programmes, answers)
      expect(outcome.programmes.map((p) => p.programme)).toEqual(stored.map((r) => r.programme))
      expect(deviceOutcomeRow(outcome, shippedProgrammes, now)?.programmes).toEqual(stored)
      expect(cet.facts).toEqual({ 'lived-in-cr-since-asylum-claim': 'yes' })
      const sent = JSON.stringify(outcome.programmes)
      expect(sent).not.toContain('has-virte')
      expect(sent).not.toContain('criminal-record')
    })

    it('is refused with a programme, version, criterion or fact this server does not screen with', () => {
      const others = outcome.programmes.filter((p) => p !== cet)
      const sent = (row: object) =>
        deviceOutcomeRow({ ...outcome, programmes: [...others, row] as never }, shippedProgrammes, now)
      expect(sent(cet)).not.toBeNull()
      expect(sent({ ...cet, programme: 'made-up' })).toBeNull()
      expect(sent({ ...cet, version: 'made-up' })).toBeNull()
      expect(sent({ ...cet, criteria: [...cet.criteria, { id: 'fact:has-virte', status: 'met' }] })).toBeNull()
      expect(sent({ ...cet, facts: { ...cet.facts, 'has-virte': 'no' } })).toBeNull()
      expect(sent({ ...cet, facts: { 'criminal-record': 'no' } })).toBeNull()
      expect(
        deviceOutcomeRow({ ...outcome, programmes: [...outcome.programmes, cet] }, shippedProgrammes, now),
      ).toBeNull()
    })

    it('accepts an outcome queued before devices sent programme rows, with none', () => {
      const old: Record<string, unknown> = { ...outcome }
      delete old.programmes
      expect(deviceOutcomeSchema.parse(old).programmes).toEqual([])
      expect(deviceOutcomeSchema.safeParse({ ...outcome, programmes: [{ ...cet, answers: {} }] }).success).toBe(false)
    })
  })
})
