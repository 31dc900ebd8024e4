import 'server-only'

import { dayOf } from '@/lib/rules/dates'
import { type History, historySchema } from '@/lib/rules/schema'

import { db } from './prisma'

/** Every published rule version in Postgres (rule_versions), validated and sorted by effective date. */
export async function loadHistory(): Promise<History> {
  const all = await db().ruleVersion.findMany({ orderBy: [{ effectiveFrom: 'asc' }, { publishedAt: 'asc' }] })
  // Several versions may take effect on one day (an admin corrects today's version): the one published
  // last wins that day; the others stay in the table as history.
  const rows = all.filter((row, i) => all[i + 1]?.effectiveFrom.getTime() !== row.effectiveFrom.getTime())
  // The columns are the truth for id, date and note; `document` holds the whole version (lib/rules/schema.ts).
  const versions = rows.map((row) => ({
    ...(row.document as Record<string, unknown>),
    id: row.id,
    effectiveFrom: dayOf(row.effectiveFrom),
    note: row.note,
  }))
  return historySchema.parse(versions)
}

/** Every published rule version's row without its document, newest first (the admin list). */
export async function listRuleVersions() {
  return db().ruleVersion.findMany({
    orderBy: [{ effectiveFrom: 'desc' }, { publishedAt: 'desc' }],
    select: { id: true, effectiveFrom: true, note: true, origin: true, publishedAt: true },
  })
}

/** One published rule version's row, or null. */
export async function getRuleVersion(id: string) {
  return db().ruleVersion.findUnique({ where: { id } })
}

/**
 * The id of the rules version in force today by the database's clock; null when there is none; undefined when
 * the database does not answer within `timeoutMs`.
 */
export async function currentRulesVersionId(timeoutMs = 1_500): Promise<string | null | undefined> {
  let timer: NodeJS.Timeout | undefined
  try {
    const rows = await Promise.race([
      db().$queryRaw<{ id: string }[]>`
        SELECT id FROM rule_versions WHERE effective_from <= CURRENT_DATE ORDER BY effective_from DESC LIMIT 1`,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs))),
    ])
    return rows[0]?.id ?? null
  } catch {
    return undefined
  } finally {
    clearTimeout(timer)
  }
}
