import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { sampleScreening } from '@/tests/support/screenings'

import { outcomeColumns, outcomeProgrammeColumns, toOutcomeRow } from './stored-columns'

describe('the stored columns', () => {
  it('are exactly the whitelist: the outcomes table has no other column', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'outcomes'
       ORDER BY ordinal_position`,
    )
    await client.end()
    expect(rows.map((r) => r.column_name).sort()).toEqual([...outcomeColumns].sort())
  })

  it('are exactly the whitelist for programme outcomes too: outcome_programmes has no other column', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()
       AND table_name = 'outcome_programmes' ORDER BY ordinal_position`,
    )
    await client.end()
    expect(rows.map((r) => r.column_name)).toEqual([...outcomeProgrammeColumns])
  })

  it('a row has exactly the whitelisted keys, with no exact date of arrival or status, and no time of day', () => {
    const { answers, evaluation } = sampleScreening(1)
    const now = new Date('2026-11-25T13:47:11.123Z')
    const row = toOutcomeRow(evaluation, answers, {
      locale: 'ht',
      channel: 'self',
      idempotencyKey: 'k-1',
      resultCode: 'ABCDEFGH',
      now,
      shelterId: 'shelter-9',
    })
    expect(Object.keys(row).sort()).toEqual([...outcomeColumns].sort())
    const stored = JSON.stringify(row)
    expect(stored).not.toContain('2023-06"') // the arrival month answered
    expect(stored).not.toContain('2023-07-01') // the date a status was granted
    expect(stored).not.toContain('13:47')
    expect(stored).not.toContain('k-1') // the idempotency key itself
    expect(row).toMatchObject({
      screened_on: '2026-11-25',
      arrival: 'straddles',
      statuses: ['asylum_seeker'],
      shelter_id: null,
    })
  })

  it('keeps the shelter id only for assisted screenings', () => {
    const { answers, evaluation } = sampleScreening(0)
    const meta = {
      locale: 'es',
      idempotencyKey: 'k',
      resultCode: 'ABCDEFGH',
      now: new Date(),
      shelterId: 's-1',
    } as const
    expect(toOutcomeRow(evaluation, answers, { ...meta, channel: 'assisted' }).shelter_id).toBe('s-1')
    expect(toOutcomeRow(evaluation, answers, { ...meta, channel: 'api' }).shelter_id).toBeNull()
  })

  it("names the API key's client for API screenings only", () => {
    const { answers, evaluation } = sampleScreening(0)
    const meta = {
      locale: 'es',
      idempotencyKey: 'k',
      resultCode: 'ABCDEFGH',
      now: new Date(),
      apiClient: 'ngo-a',
    } as const
    expect(toOutcomeRow(evaluation, answers, { ...meta, channel: 'api' }).api_client).toBe('ngo-a')
    expect(toOutcomeRow(evaluation, answers, { ...meta, channel: 'self' }).api_client).toBeNull()
  })
})
