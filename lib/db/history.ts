import 'server-only'
import type { RuleSet } from '@/lib/rules'
import { shippedHistory } from '@/lib/rules/data'
import { loadHistory } from './rule-versions'

// When Postgres is unreachable a person must still get their result at once: screen with the last history
// read from the database by this instance (or the shipped one), and skip the database for a few seconds
// instead of waiting for a connection timeout on every page.
const RETRY_AFTER_MS = 10_000
let lastGood: RuleSet[] | null = null
let downUntil = 0

/** The rule history to screen with: the versions published in Postgres, or a fallback when it is down. */
export async function screeningHistory(): Promise<RuleSet[]> {
  if (Date.now() < downUntil) return lastGood ?? shippedHistory
  try {
    const history = await loadHistory()
    lastGood = history.length ? history : shippedHistory
    return lastGood
  } catch {
    downUntil = Date.now() + RETRY_AFTER_MS
    return lastGood ?? shippedHistory
  }
}
