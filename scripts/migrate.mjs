// Applies prisma/migrations/<name>/migration.sql in name order, recording them in Prisma's own
// `_prisma_migrations` table exactly as `prisma migrate deploy` does (same columns, sha256 checksum),
// so a machine with Prisma's native engines sees the same history. See docs/decisions/0002-migrations-offline.md.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

const LOCK_ID = 72707369
const dir = path.resolve('prisma/migrations')

/** Applies every pending migration to the database at `url`; returns the names applied. */
export async function migrate(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID])
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`)
    const { rows } = await client.query(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    )
    const done = new Map(rows.map((r) => [r.migration_name, r]))
    const unfinished = rows.find((r) => !r.finished_at)
    if (unfinished)
      throw new Error(`migration ${unfinished.migration_name} failed earlier; fix it and mark it rolled back`)
    const names = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
          .sort()
      : []
    const applied = []
    for (const name of names) {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      const checksum = createHash('sha256').update(sql).digest('hex')
      const prior = done.get(name)
      if (prior) {
        if (prior.checksum !== checksum) console.warn(`[migrate] ${name} changed after it was applied`)
        continue
      }
      const id = randomUUID()
      await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)', [
        id,
        checksum,
        name,
      ])
      try {
        await client.query('BEGIN')
        await client.query(sql)
        await client.query(
          'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
          [id],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, String(error)])
        throw new Error(`migration ${name} failed: ${error.message}`)
      }
      applied.push(name)
    }
    return applied
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]).catch(() => {})
    await client.end()
  }
}
