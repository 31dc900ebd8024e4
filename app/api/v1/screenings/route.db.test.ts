import { randomUUID } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { screeningErrorSchema, screeningResponseSchema } from '@/lib/api/api-schema'
import { db } from '@/lib/db/prisma'
import { idempotencyDigest } from '@/lib/outcomes/idempotency'
import { testApiKey } from '@/tests/support/api-key'

import { POST } from './route'

let partner: Awaited<ReturnType<typeof testApiKey>>
beforeAll(async () => {
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-api-outbox-'))
  partner = await testApiKey()
})

const answers = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-05-02',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
}
const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/v1/screenings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: partner.authorization, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )

describe('POST /api/v1/screenings', () => {
  it('stores each programme of the host country beside the outcome, with the facts it asks', async () => {
    const key = randomUUID()
    const facts = { 'entered-colombia-regularly': 'yes', 'family-in-canada': 'no', 'criminal-record': 'no' }
    const res = await post({ answers: { ...answers, facts }, asOf: '2024-03-01' }, { 'Idempotency-Key': key })
    expect(res.status).toBe(201)
    const body = screeningResponseSchema.parse(await res.json())
    expect(body.programmes[0]).toMatchObject({ programme: 'safe-mobility', outcome: body.evaluation.outcome })
    const rows = await db().outcomeProgramme.findMany({
      where: { parent: { idempotencyDigest: idempotencyDigest(`api:${key}`) } },
    })
    const inColombia = body.programmes.filter((p) => p.engine === 'blocks' && p.criteria[0]?.id !== 'host-country')
    expect(rows.map((r) => r.programme).sort()).toEqual(inColombia.map((p) => p.programme).sort())
    for (const row of rows) {
      const evaluated = body.programmes.find((p) => p.programme === row.programme)!
      expect(row).toMatchObject({ programmeVersion: evaluated.version, outcome: evaluated.outcome })
    }
    expect(JSON.stringify(rows.map((r) => r.facts))).not.toContain('criminal-record')
    expect(rows.find((r) => r.programme === 'ca-humanitarian-family-2023')?.facts).toEqual({ 'family-in-canada': 'no' })
  })

  it('evaluates, stores the outcome with channel api, and returns the evaluation and the result code', async () => {
    const key = randomUUID()
    const res = await post({ answers, asOf: '2024-03-01', locale: 'ht' }, { 'Idempotency-Key': key })
    expect(res.status).toBe(201)
    const body = screeningResponseSchema.parse(await res.json())
    expect(body.evaluation).toMatchObject({ asOf: '2024-03-01', hostCountry: 'CO' })
    const row = await db().outcome.findUnique({ where: { idempotencyDigest: idempotencyDigest(`api:${key}`) } })
    expect(row).toMatchObject({
      resultCode: body.resultCode,
      channel: 'api',
      apiClient: partner.client,
      locale: 'ht',
      rulesVersion: body.evaluation.rulesVersion,
    })
  })

  it('refuses a request without a live API key with 401, and stores nothing', async () => {
    const before = await db().outcome.count()
    for (const authorization of ['', 'Bearer nope', `Basic ${partner.key}`, `Bearer smk_${'A'.repeat(43)}`]) {
      const res = await post({ answers }, { authorization })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(screeningErrorSchema.parse(await res.json()).error).toBe('unauthorized')
    }
    const revoked = await testApiKey()
    await db().apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } })
    expect((await post({ answers }, { authorization: revoked.authorization })).status).toBe(401)
    expect(await db().outcome.count()).toBe(before)
  })

  it('refuses anything but application/json with 415 (a cross-site form or text/plain post)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])
      expect((await post({ answers }, { 'content-type': type })).status).toBe(415)
    expect((await post({ answers }, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(201)
  })

  it('refuses a nationality that is not an ISO 3166-1 code', async () => {
    const res = await post({ answers: { ...answers, nationality: 'ZZ' } })
    expect(res.status).toBe(400)
    expect((await res.json()).issues).toContainEqual(
      expect.objectContaining({ path: 'answers.nationality', code: 'invalid_nationality' }),
    )
  })

  it('stores a repeated request with the same Idempotency-Key once, under the same code', async () => {
    const key = randomUUID()
    const first = await (await post({ answers }, { 'Idempotency-Key': key })).json()
    const again = await (await post({ answers }, { 'Idempotency-Key': key })).json()
    expect(again.resultCode).toBe(first.resultCode)
    expect(await db().outcome.count({ where: { idempotencyDigest: idempotencyDigest(`api:${key}`) } })).toBe(1)
  })

  it('answers 422 when an Idempotency-Key comes again with other answers, and stores nothing new', async () => {
    const key = randomUUID()
    expect((await post({ answers }, { 'Idempotency-Key': key })).status).toBe(201)
    const other = await post({ answers: { ...answers, nationality: 'CU' } }, { 'Idempotency-Key': key })
    expect(other.status).toBe(422)
    expect(screeningErrorSchema.parse(await other.json())).toMatchObject({ error: 'idempotency_key_reused' })
    expect(await db().outcome.count({ where: { idempotencyDigest: idempotencyDigest(`api:${key}`) } })).toBe(1)
  })

  it('refuses days outside 1900–2100 with 400 date_out_of_range, storing nothing', async () => {
    const before = await db().outcome.count()
    for (const body of [
      { answers, asOf: '0000-01-01' },
      { answers, asOf: '2101-01-01' },
      { answers: { ...answers, arrivalDate: '1899-12' } },
      { answers: { ...answers, statuses: [{ code: 'ppt', since: '0001-01-01' }] } },
    ]) {
      const res = await post(body)
      expect(res.status).toBe(400)
      expect((await res.json()).issues).toContainEqual(expect.objectContaining({ code: 'date_out_of_range' }))
    }
    expect(await db().outcome.count()).toBe(before)
  })

  it('answers bad input with 400 and a code per field', async () => {
    const res = await post({
      answers: { ...answers, hostCountry: 'US', adult: undefined, arrivalDate: '2023-02-30' },
      extra: 1,
    })
    expect(res.status).toBe(400)
    const body = screeningErrorSchema.parse(await res.json())
    expect(body.error).toBe('invalid_request')
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers.hostCountry', code: 'invalid_host_country' }),
        expect.objectContaining({ path: 'answers.adult', code: 'invalid_adult' }),
        expect.objectContaining({ path: 'answers.arrivalDate', code: 'invalid_date' }),
        expect.objectContaining({ path: 'extra', code: 'unknown_field' }),
      ]),
    )
  })

  it('rejects a malformed Idempotency-Key and malformed JSON', async () => {
    const short = await post({ answers }, { 'Idempotency-Key': 'abc' })
    expect(short.status).toBe(400)
    expect((await short.json()).issues).toContainEqual(
      expect.objectContaining({ path: 'header:Idempotency-Key', code: 'invalid_idempotency_key' }),
    )
    const broken = await post('{"answers": ')
    expect(broken.status).toBe(400)
    expect(screeningErrorSchema.parse(await broken.json()).error).toBe('invalid_json')
  })

  it('refuses a body over 32 KB with 413, declared or not', async () => {
    const big = JSON.stringify({ answers, padding: 'x'.repeat(33 * 1024) })
    expect((await post(big)).status).toBe(413)
    expect((await post(big, { 'content-length': String(Buffer.byteLength(big)) })).status).toBe(413)
    expect((await post({ answers, asOf: '2024-03-01' })).status).toBe(201)
  })

  it('answers 503 when neither the database nor the outbox can take the outcome', async () => {
    const saved = { url: process.env.DATABASE_URL, outbox: process.env.OUTCOME_OUTBOX_DIR }
    const blocked = path.join(mkdtempSync(path.join(os.tmpdir(), 'smi-api-')), 'a-file')
    writeFileSync(blocked, '') // the outbox "folder" is a file: it cannot be written
    process.env.OUTCOME_OUTBOX_DIR = blocked
    await db().$disconnect()
    delete (globalThis as { prisma?: unknown }).prisma
    process.env.DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:1/none' // nothing listens on port 1
    try {
      const res = await post({ answers, asOf: '2024-03-01' })
      expect(res.status).toBe(503)
      expect(await res.json()).toEqual({ error: 'not_stored' })
    } finally {
      await db().$disconnect()
      delete (globalThis as { prisma?: unknown }).prisma
      process.env.DATABASE_URL = saved.url
      process.env.OUTCOME_OUTBOX_DIR = saved.outbox
    }
  })
})
