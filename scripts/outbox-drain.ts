// `npm run db:drain-outbox`: writes the outcomes waiting in the outbox (OUTCOME_OUTBOX_DIR) into the database
// now, instead of waiting for the app's timer. Exits 1 when some still wait (database unavailable).
import { db } from '@/lib/db/prisma'
import { drainOutbox } from '@/lib/outcomes/drain'

const report = await drainOutbox()
console.log(`Stored ${report.stored}, set aside ${report.rejected}, still waiting ${report.waiting}.`)
await db().$disconnect()
process.exit(report.waiting > 0 ? 1 : 0)
