import { readdirSync } from 'node:fs'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

// @ts-expect-error plain ESM script without types
import { migrate } from './migrate.mjs'

const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
const connected = client.connect()
afterAll(() => client.end())

describe('migrate', () => {
  it("records every migration folder in Prisma's _prisma_migrations table, finished", async () => {
    await connected
    const folders = readdirSync('prisma/migrations', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
    const { rows } = await client.query(
      'SELECT migration_name, finished_at, applied_steps_count, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(rows.map((r) => r.migration_name)).toEqual(folders.sort())
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull()
      expect(row.applied_steps_count).toBe(1)
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('applies nothing the second time', async () => {
    expect(await migrate(process.env.DATABASE_URL)).toEqual([])
  })

  it('creates the tables of prisma/schema.prisma', async () => {
    await connected
    const { rows } = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['rule_versions', 'outcomes']))
  })
})
