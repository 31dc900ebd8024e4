import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { shippedProgrammes } from '@/lib/rules/data/programmes'

import { POST } from './route'

const post = (body: unknown, query = '', headers: Record<string, string> = {}) =>
  POST(
    new Request(`http://localhost/api/v1/eligibility${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )
const venezuelanInColombia = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-01-10',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
}
const results = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/results.json`, 'utf8'))

describe('POST /api/v1/eligibility', () => {
  it('evaluates with the rules of the day asked for', async () => {
    const res = await post({ answers: venezuelanInColombia, asOf: '2024-03-04' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ outcome: 'likely_eligible', asOf: '2024-03-04', hostCountry: 'CO' })
  })

  it('adds every programme evaluated, Safe Mobility first with the top-level outcome, each typed by its engine', async () => {
    const body = await (await post({ answers: venezuelanInColombia, asOf: '2024-03-04' })).json()
    expect(body.programmes.map((p: { programme: string }) => p.programme)).toEqual(shippedProgrammes.map((p) => p.id))
    expect(body.programmes[0]).toMatchObject({
      engine: 'safe-mobility',
      outcome: body.outcome,
      version: body.rulesVersion,
    })
    const etpv = body.programmes.find((p: { programme: string }) => p.programme === 'co-etpv-rumv')
    expect(etpv).toMatchObject({ engine: 'blocks', applies: true, hostCountry: 'CO' })
    const cet = body.programmes.find((p: { programme: string }) => p.programme === 'cr-cet-2023')
    expect(cet).toMatchObject({ applies: false, criteria: [{ id: 'host-country', status: 'not_met' }] })
  })

  it('answers the facts a programme asks and ignores the others, sensitive ones included', async () => {
    const answers = {
      hostCountry: 'CR',
      nationality: 'NI',
      statuses: [{ code: 'asylum_seeker', since: '2019-05-01' }],
      adult: 'yes',
    }
    const cetOf = async (facts: Record<string, string>) =>
      (await (await post({ answers: { ...answers, facts }, asOf: '2023-06-01' })).json()).programmes.find(
        (p: { programme: string }) => p.programme === 'cr-cet-2023',
      ).outcome
    const asked = { 'lived-in-cr-since-asylum-claim': 'yes', 'holds-other-cr-migration-category': 'no' }
    expect(await cetOf(asked)).toBe('likely_eligible')
    expect(await cetOf({ ...asked, 'criminal-record': 'yes', 'has-virte': 'yes' })).toBe('likely_eligible')
    expect(await cetOf({ ...asked, 'holds-other-cr-migration-category': 'yes' })).not.toBe('likely_eligible')
  })

  it('says registration is closed today', async () => {
    expect((await (await post({ answers: venezuelanInColombia })).json()).outcome).toBe('registration_closed')
  })

  it('adds sentences in the language asked for by ?lang= or Accept-Language', async () => {
    const ht = await (await post({ answers: venezuelanInColombia, asOf: '2024-03-04' }, '?lang=ht')).json()
    expect(ht.messages.outcome.title).toBe(results('ht').outcome.likely_eligible.title)
    const fr = await (
      await post({ answers: venezuelanInColombia, asOf: '2024-03-04' }, '', { 'accept-language': 'fr-CA,fr;q=0.9' })
    ).json()
    expect(fr.messages.language).toBe('fr')
    const none = await (await post({ answers: venezuelanInColombia, asOf: '2024-03-04' })).json()
    expect(none.messages).toBeUndefined()
  })

  it("lists each field error with its code and a message in the caller's language", async () => {
    const res = await post(
      { answers: { ...venezuelanInColombia, hostCountry: 'PE', arrivalDate: '2023-02-30' } },
      '?lang=es',
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error).toBe('invalid_request')
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: 'answers.hostCountry', code: 'invalid_host_country', message: 'Use CO, CR, EC o GT.' },
        expect.objectContaining({ path: 'answers.arrivalDate', code: 'invalid_date' }),
      ]),
    )
  })

  it('answers 400, never 500, to bodies of the wrong shape', async () => {
    for (const body of ['not json', 'null', '[]', '"text"', '{"answers": 5}', '{"answers": {}, "extra": 1}']) {
      expect((await post(body)).status, body).toBe(400)
    }
  })

  it('refuses bodies over 32 KB with 413', async () => {
    const res = await post({ answers: venezuelanInColombia, padding: 'x'.repeat(33 * 1024) })
    expect(res.status).toBe(413)
  })
})
