// Retention (docs/decisions/0005-outcome-storage.md): outcomes, and with them their result codes, are deleted once older than
// OUTCOME_RETENTION_MONTHS (default 24). Run by `npm run db:purge` and daily by jobs.ts.
import 'server-only'

import { db } from '@/lib/db/prisma'

import { retentionMonths } from './retention'

/** Advisory-lock key: one purge at a time across every instance sharing the database. */
const PURGE_LOCK = 50_524_505

export type PurgeResult = { deleted: number } | { skipped: 'another purge is running' }

/** Deletes outcomes screened before today minus `months`; skips when another instance is purging. */
export async function purgeOutcomes(months = retentionMonths()): Promise<PurgeResult> {
  return db().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK}) AS locked`
      if (!lock?.locked) return { skipped: 'another purge is running' as const }
      const deleted = await tx.$executeRaw`
      DELETE FROM outcomes WHERE screened_on < (CURRENT_DATE - make_interval(months => ${months}::int))::date`
      return { deleted }
    },
    { timeout: 10 * 60_000 },
  )
}
