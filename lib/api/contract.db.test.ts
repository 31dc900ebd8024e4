// The contract test: real answers of every API route (success and error, with and without ?lang) must be
// answers the OpenAPI document declares, and match the schema it gives for them (JSON Schema 2020-12, Ajv).
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as health } from '@/app/api/health/route'
import { POST as eligibility } from '@/app/api/v1/eligibility/route'
import { GET as openapi } from '@/app/api/v1/openapi.json/route'
import { GET as programme } from '@/app/api/v1/programmes/[programmeId]/route'
import { GET as programmes } from '@/app/api/v1/programmes/route'
import { GET as ruleSet } from '@/app/api/v1/rules/[versionId]/route'
import { GET as rules } from '@/app/api/v1/rules/route'
import { POST as screeningsRoute } from '@/app/api/v1/screenings/route'
import { refuseBadRequest } from '@/lib/http/refusal'
import { asPartner, testApiKey } from '@/tests/support/api-key'

import { openApiDocument } from './openapi'

let partner: Awaited<ReturnType<typeof testApiKey>>
const screenings = asPartner(screeningsRoute, () => partner)

const document = openApiDocument()
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true })
ajv.addSchema({ ...document, $id: 'openapi' })

beforeAll(async () => {
  partner = await testApiKey()
  process.env.OUTCOME_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), 'smi-contract-outbox-'))
})

type Operation = { responses: Record<string, { content?: { 'application/json'?: { schema: object } } }> }

/** Fails unless `res` is a declared answer of `method path` whose body matches the declared schema. */
async function expectDeclared(method: string, route: string, res: Response, status: number) {
  expect(res.status).toBe(status)
  const operation = (document.paths as Record<string, Record<string, Operation>>)[route]?.[method]
  const declared = operation?.responses[String(res.status)]
  expect(declared, `${method.toUpperCase()} ${route} ${res.status} is not in the document`).toBeDefined()
  const schema = declared!.content?.['application/json']?.schema as { $ref?: string } | undefined
  expect(schema).toBeDefined()
  const validate = schema!.$ref ? ajv.getSchema(`openapi${schema!.$ref}`)! : ajv.compile(schema!)
  const body = await res.json()
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true)
}

const answers = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-05-02',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
}
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
const key = () => `contract-${crypto.randomUUID()}`

describe('the API answers what its OpenAPI document says', () => {
  it('POST /api/v1/eligibility, with and without ?lang, good and bad', async () => {
    const route = '/api/v1/eligibility'
    await expectDeclared('post', route, await eligibility(post(route, { answers })), 200)
    for (const lng of ['es', 'en', 'fr', 'ht']) {
      const res = await eligibility(post(`${route}?lang=${lng}`, { answers, asOf: '2024-03-01' }))
      expect((await res.clone().json()).messages.language).toBe(lng)
      await expectDeclared('post', route, res, 200)
    }
    const frenchHeader = await eligibility(post(route, { answers }, { 'accept-language': 'fr' }))
    await expectDeclared('post', route, frenchHeader, 200)
    await expectDeclared('post', route, await eligibility(post(`${route}?lang=ht`, { answers: {} })), 400)
    await expectDeclared('post', route, await eligibility(post(route, { answers, asOf: '0000-01-01' })), 400)
    await expectDeclared('post', route, await eligibility(post(route, '{"answers":')), 400)
    await expectDeclared('post', route, await eligibility(post(route, 'x'.repeat(40_000))), 413)
  })

  it('POST /api/v1/screenings: stored, invalid, too large, key reused', async () => {
    const route = '/api/v1/screenings'
    const k = key()
    await expectDeclared('post', route, await screenings(post(route, { answers }, { 'Idempotency-Key': k })), 201)
    const other = { answers: { ...answers, nationality: 'CU' } }
    await expectDeclared(
      'post',
      route,
      await screenings(post(`${route}?lang=en`, other, { 'Idempotency-Key': k })),
      422,
    )
    await expectDeclared('post', route, await screenings(post(`${route}?lang=fr`, { answers: 1 })), 400)
    await expectDeclared('post', route, await screenings(post(route, { answers }, { 'Idempotency-Key': 'short' })), 400)
    await expectDeclared('post', route, await screenings(post(route, 'x'.repeat(40_000))), 413)
  })

  it('GET /api/v1/rules, /api/v1/rules/{versionId}, /api/health and the document itself', async () => {
    await expectDeclared('get', '/api/v1/rules', await rules(), 200)
    const { inForce } = await (await rules()).json()
    const params = (versionId: string) => ({ params: Promise.resolve({ versionId }) })
    const url = new Request('http://localhost/api/v1/rules/x')
    await expectDeclared('get', '/api/v1/rules/{versionId}', await ruleSet(url, params(inForce)), 200)
    await expectDeclared('get', '/api/v1/rules/{versionId}', await ruleSet(url, params('no-such-version')), 404)
    await expectDeclared('get', '/api/health', await health(), 200)
    await expectDeclared('get', '/api/v1/openapi.json', openapi(), 200)
  })

  it('POST /api/v1/eligibility for a person every programme of a host country applies to, with facts', async () => {
    const route = '/api/v1/eligibility'
    const inCostaRica = {
      hostCountry: 'CR',
      nationality: 'NI',
      statuses: [{ code: 'asylum_seeker', since: '2019-05-01' }],
      adult: 'yes',
      facts: { 'lived-in-cr-since-asylum-claim': 'yes', 'criminal-record': 'no' },
    }
    for (const asOf of ['2023-06-01', '2026-12-01'])
      await expectDeclared('post', route, await eligibility(post(route, { answers: inCostaRica, asOf })), 200)
  })

  it('GET /api/v1/programmes and /api/v1/programmes/{programmeId}: every programme, and 404', async () => {
    await expectDeclared('get', '/api/v1/programmes', await programmes(), 200)
    const { programmes: listed } = await (await programmes()).json()
    const url = new Request('http://localhost/api/v1/programmes/x')
    for (const { id } of listed as { id: string }[]) {
      const params = { params: Promise.resolve({ programmeId: id }) }
      await expectDeclared('get', '/api/v1/programmes/{programmeId}', await programme(url, params), 200)
    }
    const unknown = { params: Promise.resolve({ programmeId: 'no-such-programme' }) }
    await expectDeclared('get', '/api/v1/programmes/{programmeId}', await programme(url, unknown), 404)
  })

  it('what the proxy answers first: 405 with Allow, 400 for a malformed escape', async () => {
    const put = (await refuseBadRequest(new Request('http://localhost/api/v1/rules', { method: 'PUT' })))!
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    await expectDeclared('get', '/api/v1/rules', put, 405)
    const get = new Request('http://localhost/api/v1/screenings', { method: 'GET' })
    await expectDeclared('post', '/api/v1/screenings', (await refuseBadRequest(get))!, 405)
    const escape = (await refuseBadRequest(new Request('http://localhost/api/v1/rules/%ff')))!
    await expectDeclared('get', '/api/v1/rules/{versionId}', escape, 400)
    const programmeEscape = (await refuseBadRequest(new Request('http://localhost/api/v1/programmes/%ff')))!
    await expectDeclared('get', '/api/v1/programmes/{programmeId}', programmeEscape, 400)
    const post = (await refuseBadRequest(new Request('http://localhost/api/v1/programmes', { method: 'POST' })))!
    await expectDeclared('get', '/api/v1/programmes', post, 405)
  })
})
