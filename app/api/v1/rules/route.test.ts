import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { todayIso } from '@/lib/rules/dates'

import { GET as openapi } from '../openapi.json/route'
import { GET as one } from './[versionId]/route'
import { GET as list } from './route'

const get = (id: string) =>
  one(new Request(`http://localhost/api/v1/rules/${id}`), { params: Promise.resolve({ versionId: id }) })

describe('GET /api/v1/rules', () => {
  it('lists every version and names the one in force today', async () => {
    const body = await (await list()).json()
    expect(body.versions.map((v: { id: string }) => v.id)).toEqual(
      expect.arrayContaining(shippedHistory.map((v) => v.id)),
    )
    // Other tests may publish versions in the same database: the one in force is the latest effective today.
    const today = todayIso()
    const effective = body.versions.filter((v: { effectiveFrom: string }) => v.effectiveFrom <= today)
    expect(body.inForce).toBe(effective.at(-1).id)
  })

  it('returns one version with the source of every value, or 404', async () => {
    const first = shippedHistory[0]!
    const body = await (await get(first.id)).json()
    expect(body.countries.CO.nationalities[0].source.url).toMatch(/^https?:\/\//)
    expect((await get('no-such-version')).status).toBe(404)
  })
})

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose schemas come from the validators', async () => {
    const doc = await openapi().json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/eligibility',
        '/api/v1/screenings',
        '/api/v1/rules',
        '/api/v1/rules/{versionId}',
      ]),
    )
    expect(doc.components.schemas.Answers.properties.hostCountry.enum).toEqual(['CO', 'CR', 'EC', 'GT'])
    expect(JSON.stringify(doc)).not.toContain('#/$defs')
  })
})
