import 'server-only'

import { type History, historySchema } from '@/lib/rules/schema'

import { db } from './prisma'

/** Every published rule version in Postgres (rule_versions), validated and sorted by effective date. */
export async function loadHistory(): Promise<History> {
  const all = await db().ruleVersion.findMany({ orderBy: [{ effectiveFrom: 'asc' }, { publishedAt: 'asc' }] })
  // Several versions may take effect on one day (an admin corrects today's version): the one published
  // last wins that day; the others stay in the table as history (issue 6).
  const rows = all.filter((row, i) => all[i + 1]?.effectiveFrom.getTime() !== row.effectiveFrom.getTime())
  // The columns are the truth for id, date and note; `document` holds the whole version (lib/rules/schema.ts).
  const versions = rows.map((row) => ({
    ...(row.document as Record<string, unknown>),
    id: row.id,
    effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
    note: row.note,
  }))
  return historySchema.parse(versions)
}
