import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'
import { isoWeekMonday } from '@/lib/rules/dates'
import { dayOf } from '@/lib/rules/dates'
import { sampleProgrammeScreening } from '@/tests/support/screenings'

import { idempotencyDigest } from './idempotency'
import { factsForCode } from './lookup'
import { recordOutcome } from './record'
import { resultCodeFor } from './result-code'
import { retentionMonths } from './retention'

async function storedOn(day: string, asOf = day) {
  const digest = idempotencyDigest(randomUUID())
  const resultCode = resultCodeFor(digest)
  await db().outcome.create({
    data: {
      idempotencyDigest: digest,
      resultCode,
      screenedOn: new Date(day),
      asOf: new Date(asOf),
      hostCountry: 'EC',
      nationality: 'CU',
      arrival: 'after',
      statuses: ['asylum_seeker'],
      adult: 'yes',
      outcome: 'registration_closed',
      criteria: [],
      rulesVersion: 'test-v2',
      locale: 'ht',
      channel: 'assisted',
    },
  })
  return resultCode
}

describe('facts behind a result code', () => {
  it('are the outcome, rules version, host country and dates, however the code is typed', async () => {
    const today = dayOf(new Date())
    const code = await storedOn(today, '2024-03-04')
    const facts = {
      outcome: 'registration_closed',
      rulesVersion: 'test-v2',
      hostCountry: 'EC',
      screenedOn: isoWeekMonday(today), // assisted mode keeps the Monday of the ISO week
      asOf: '2024-03-04',
      programmes: [],
    }
    expect(await factsForCode(code)).toEqual(facts)
    expect(await factsForCode(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)).toEqual(facts)
  })

  it('are gone for unknown codes and for outcomes past retention, even before the purge', async () => {
    const old = new Date()
    old.setUTCMonth(old.getUTCMonth() - retentionMonths() - 1)
    const code = await storedOn(dayOf(old))
    expect(await factsForCode(code)).toBeNull()
    expect(await factsForCode('ZZZZ2222')).toBeNull()
    expect(await factsForCode('<script>')).toBeNull()
  })

  it('list the other programmes stored with the outcome, each with its version and outcome', async () => {
    const { answers, evaluation, programmes } = sampleProgrammeScreening()
    const { resultCode } = await recordOutcome({
      evaluation,
      answers,
      programmes,
      locale: 'es',
      channel: 'self',
      idempotencyKey: randomUUID(),
    })
    const facts = await factsForCode(resultCode)
    const cet = programmes.find((p) => p.programme === 'cr-cet-2023')!
    expect(facts).toMatchObject({ hostCountry: 'CR' })
    expect(facts !== 'unavailable' && facts?.programmes).toContainEqual({
      programme: 'cr-cet-2023',
      version: cet.version,
      outcome: cet.outcome,
    })
  })
})
