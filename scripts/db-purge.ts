// `npm run db:purge`: deletes outcomes older than OUTCOME_RETENTION_MONTHS (default 24). Run through
// scripts/with-db.mjs, so it uses DATABASE_URL or the embedded PostgreSQL like the app.
import { db } from '@/lib/db/prisma'
import { purgeOutcomes } from '@/lib/outcomes/purge'
import { retentionMonths } from '@/lib/outcomes/retention'

const months = retentionMonths()
const result = await purgeOutcomes(months)
console.log(
  'deleted' in result
    ? `Deleted ${result.deleted} outcome(s) screened more than ${months} months ago.`
    : `Nothing done: ${result.skipped}.`,
)
await db().$disconnect()
