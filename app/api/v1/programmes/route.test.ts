import { describe, expect, it } from 'vitest'

import { shippedProgrammes } from '@/lib/rules/data/programmes'

import { GET as one } from './[programmeId]/route'
import { GET as list } from './route'

const get = (id: string) =>
  one(new Request(`http://localhost/api/v1/programmes/${id}`), { params: Promise.resolve({ programmeId: id }) })

describe('GET /api/v1/programmes', () => {
  it('lists every programme with its names, versions and the version in force today', async () => {
    const body = await (await list()).json()
    expect(body.programmes.map((p: { id: string }) => p.id)).toEqual(shippedProgrammes.map((p) => p.id))
    const cet = body.programmes.find((p: { id: string }) => p.id === 'cr-cet-2023')
    expect(cet).toMatchObject({
      kind: 'host-country-regularization',
      hostCountries: ['CR'],
      href: '/api/v1/programmes/cr-cet-2023',
    })
    expect(cet.name.ht).toBeTruthy()
    expect(cet.versions.map((v: { id: string }) => v.id)).toContain(cet.inForce)
  })

  it('returns one programme with every version and source, Safe Mobility with its rule history', async () => {
    const cet = await (await get('cr-cet-2023')).json()
    expect(cet.versions[0].criteria.length).toBeGreaterThan(0)
    expect(JSON.stringify(cet)).toMatch(/"source":\{"url":"https?:\/\//)
    const safeMobility = await (await get('safe-mobility')).json()
    expect(safeMobility).toMatchObject({ engine: 'safe-mobility', facts: [] })
    expect(safeMobility.history[0].countries.CO).toBeDefined()
  })

  it('answers an unknown id with a 404 in JSON', async () => {
    for (const id of ['no-such-programme', '', '..', 'x'.repeat(5000), '\u0000']) {
      const res = await get(id)
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ error: 'not_found' })
    }
  })
})
