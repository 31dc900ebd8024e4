// Seeds the shipped rule history into rule_versions and the other shipped programmes (seed-programmes.ts):
// idempotent upserts, run by scripts/with-db.mjs and the vitest global setup. Shipped versions follow the code; versions an admin published are never touched.
import { PrismaPg } from '@prisma/adapter-pg'

import { PrismaClient } from '../generated/prisma/client'
import { shippedHistory } from '../lib/rules/data'
import { historySchema } from '../lib/rules/schema'
import { seedProgrammes } from './seed-programmes'

const connectionString = process.env.DATABASE_URL
if (!connectionString) throw new Error('DATABASE_URL is not set (run through scripts/with-db.mjs)')
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) })

try {
  const history = historySchema.parse(shippedHistory)
  const others = await prisma.ruleVersion.findMany({
    where: { id: { in: history.map((v) => v.id) }, NOT: { origin: 'shipped' } },
    select: { id: true },
  })
  const upserts = history
    .filter((v) => !others.some((o) => o.id === v.id))
    .map((version) => {
      const row = {
        effectiveFrom: new Date(`${version.effectiveFrom}T00:00:00Z`),
        note: version.note,
        document: version,
        origin: 'shipped',
      }
      return prisma.ruleVersion.upsert({ where: { id: version.id }, create: { id: version.id, ...row }, update: row })
    })
  await prisma.$transaction(upserts)
  for (const o of others) console.error(`[seed] kept ${o.id}: not a shipped version`)
  await seedProgrammes(prisma)
} finally {
  await prisma.$disconnect()
}
