import 'server-only'

import { shippedHistory } from '@/lib/rules/data'
import type { RuleSet } from '@/lib/rules/schema'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp, withDeadline } from './availability'
import { db } from './prisma'
import { loadHistory } from './rule-versions'

// When Postgres is unreachable or frozen a person must still get their result at once: screen with the last
// history read from the database by this instance (or the shipped one), kept in memory (on globalThis, so every
// bundle of this module shares it), and skip the database while it looks down (availability.ts).
const key = Symbol.for('smi.rules-history')
const memory = ((globalThis as Record<symbol, { lastGood: Cached | null } | undefined>)[key] ??= { lastGood: null })
type Cached = { fingerprint: string; history: RuleSet[] }

/**
 * The rule history to screen with: the versions published in Postgres, or a fallback when it is down.
 * loadHistory() reads and validates ~170 KB of JSON (≈ 24 ms of CPU): this instance re-reads it only when a
 * one-line fingerprint of rule_versions (ids + xmin, which changes on any insert, update or delete) differs, so
 * every screening still sees what the database holds now — safe with several instances.
 */
export async function screeningHistory(): Promise<RuleSet[]> {
  if (databaseLooksDown()) return memory.lastGood?.history ?? shippedHistory
  try {
    memory.lastGood = await withDeadline(read(memory.lastGood))
    markDatabaseUp()
    return memory.lastGood.history
  } catch {
    markDatabaseDown()
    return memory.lastGood?.history ?? shippedHistory
  }
}

async function read(lastGood: Cached | null): Promise<Cached> {
  const [row] = await db().$queryRaw<{ fingerprint: string | null }[]>`
    SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) AS fingerprint FROM rule_versions`
  const fingerprint = row?.fingerprint ?? ''
  if (lastGood?.fingerprint === fingerprint) return lastGood
  const history = await loadHistory()
  return { fingerprint, history: history.length ? history : shippedHistory }
}
