// Retention (docs/decisions/0005-outcome-storage.md): outcomes, and with them their result codes and programme
// rows, are deleted once older than OUTCOME_RETENTION_MONTHS (default 24). Run by `npm run db:purge` and daily.
import 'server-only'

import { db } from '@/lib/db/prisma'

import { retentionMonths } from './retention'

/** Advisory-lock key: one purge at a time across every instance sharing the database. */
const PURGE_LOCK = 50_524_505

export type PurgeResult = { deleted: number } | { skipped: 'another purge is running' }

// Every statement has a short timeout (lib/db/prisma.ts), so old outcomes go in batches small enough for it.
const BATCH = 2_000

/** Deletes outcomes screened before today minus `months`; skips when another instance is purging. */
export async function purgeOutcomes(months = retentionMonths()): Promise<PurgeResult> {
  let deleted = 0
  for (;;) {
    const batch = await purgeBatch(months)
    if (batch === null) return deleted ? { deleted } : { skipped: 'another purge is running' }
    deleted += batch
    if (batch < BATCH) return { deleted }
  }
}

async function purgeBatch(months: number): Promise<number | null> {
  return db().$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK}) AS locked`
    if (!lock?.locked) return null
    const old = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM outcomes
      WHERE screened_on < (CURRENT_DATE - make_interval(months => ${months}::int))::date LIMIT ${BATCH}`
    const ids = old.map((r) => r.id)
    if (ids.length === 0) return 0
    // Programme rows first, in their own statement: their count trigger reads the outcome's day and dimensions.
    await tx.$executeRaw`DELETE FROM outcome_programmes WHERE outcome_id = ANY(${ids}::uuid[])`
    return tx.$executeRaw`DELETE FROM outcomes WHERE id = ANY(${ids}::uuid[])`
  })
}
