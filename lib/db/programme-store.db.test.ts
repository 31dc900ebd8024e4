import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { metaOf } from '@/lib/admin/programme-candidate'
import { shippedProgrammes } from '@/lib/rules/data/programmes'
import { programmeSchema } from '@/lib/rules/programmes/programme'
import { successorProgramme } from '@/tests/support/successor-programme'

import { loadProgrammes } from './programme-store'
import { screeningProgrammes } from './programmes'

describe('programmes in the database', () => {
  it('hold every shipped programme as shipped, in the same order, Safe Mobility first', async () => {
    const { programmes } = await loadProgrammes()
    const shippedBlocks = shippedProgrammes.filter((p) => p.engine === 'blocks')
    expect(programmes.slice(0, shippedBlocks.length)).toEqual(shippedBlocks.map((p) => programmeSchema.parse(p)))
    const screening = (await screeningProgrammes()).map((p) => p.id)
    expect(screening.slice(0, shippedProgrammes.length)).toEqual(shippedProgrammes.map((p) => p.id))
  })

  it('a programme written by another instance is screened within 2 s; one that does not validate never', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    const id = `test-store-${process.pid}`
    const bad = `${id}-invalid`
    const p = programmeSchema.parse(successorProgramme(id))
    const versions = p.versions
    const meta = metaOf(p)
    const find = async (pid: string) => (await screeningProgrammes()).find((x) => x.id === pid)
    try {
      // Origin "shipped": only those rows may go again (published versions are immutable).
      await client.query(
        `INSERT INTO programmes (id, document, origin) VALUES ($1, $2, 'shipped'), ($3, $2, 'shipped')`,
        [id, JSON.stringify(meta), bad],
      )
      const v = versions[0]!
      await client.query(
        `INSERT INTO programme_versions (programme_id, id, effective_from, note, document, origin)
         VALUES ($1, $2, $3, $4, $5, 'shipped'), ($6, $2, $3, $4, $7, 'shipped')`,
        [id, v.id, v.effectiveFrom, v.note, JSON.stringify(v), bad, JSON.stringify({ ...v, criteria: 'nope' })],
      )
      await expect.poll(async () => (await find(id))?.id, { timeout: 2_000 }).toBe(id)
      expect(await find(bad)).toBeUndefined()
      expect((await loadProgrammes()).invalid).toContain(bad)
    } finally {
      await client.query(`DELETE FROM programme_versions WHERE programme_id IN ($1, $2)`, [id, bad])
      await client.query(`DELETE FROM programmes WHERE id IN ($1, $2)`, [id, bad])
      await client.end()
    }
    await expect.poll(() => find(id), { timeout: 2_000 }).toBeUndefined()
  })
})
