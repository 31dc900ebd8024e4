import 'server-only'
import { shippedHistory } from '@/lib/rules/data'
import type { History } from '@/lib/rules/schema'
import { db } from './prisma'
import { loadHistory } from './rule-versions'

// loadHistory() reads and validates ~170 KB of JSON (≈ 24 ms of CPU here): too much for every screening. This
// instance keeps its parsed copy while a one-line fingerprint of rule_versions (ids + xmin, which changes on any
// insert, update or delete) is unchanged, so every request still sees what the database holds now — safe with
// several instances, and an admin's new version counts from the next request.
let cached: { fingerprint: string; history: History } | null = null

/** The rule history for a screening: the database's, re-read only when it changed; when the database is down, the
 * last copy this instance read, or the shipped history. */
export async function currentHistory(): Promise<History> {
  try {
    const [row] = await db().$queryRaw<{ fingerprint: string | null }[]>`
      SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) AS fingerprint FROM rule_versions`
    const fingerprint = row?.fingerprint ?? ''
    if (cached?.fingerprint === fingerprint) return cached.history
    const history = await loadHistory()
    cached = { fingerprint, history: history.length ? history : shippedHistory }
    return cached.history
  } catch {
    return cached?.history ?? shippedHistory
  }
}
