import 'server-only'

import { timeDatabase } from '@/lib/metrics/registry'
import { shippedHistory } from '@/lib/rules/data'
import type { RuleSet } from '@/lib/rules/schema'

import { type ChangeListener, listenForChanges } from './change-listener'
import { db } from './prisma'
import { loadHistory } from './rule-versions'

// The rule history lives in memory; screenings never ask the database whether it changed. A trigger on
// rule_versions NOTIFYs every instance on any change (publish, rollback, seed, script), and this process re-reads
// the table once. Every (re)connect of the listener and a periodic fingerprint check catch anything a dropped
// connection missed. Scheduled versions are already in the history: the day picks them (versionInForce). When
// PostgreSQL is unreachable the last history read keeps serving (or the shipped one, before any read).
const CHANNEL = 'rule_versions'
const RETRY_AFTER_MS = 10_000
const WAIT_FOR_READ_MS = 1_500

interface RulesCache {
  history: RuleSet[] | null
  fingerprint: string | null
  stale: boolean
  reading: Promise<void> | null
  retryAt: number
  queries: number
  listener: ChangeListener | null
  check: NodeJS.Timeout | null
}

const cache = ((globalThis as unknown as { rulesCache?: RulesCache }).rulesCache ??= {
  history: null,
  fingerprint: null,
  stale: true,
  reading: null,
  retryAt: 0,
  queries: 0,
  listener: null,
  check: null,
})

/** The rule history to screen with: what rule_versions held at the last change, or a fallback when it is down. */
export async function screeningHistory(): Promise<RuleSet[]> {
  watchRuleVersions()
  if (cache.history && !cache.stale && !cache.reading) return cache.history
  // A read under way (a change was heard) or needed: wait for it, but never long, and never while it keeps failing.
  // The first read of a process waits longer: it also loads Prisma and connects, slow on a busy machine, and
  // giving up on it would screen with the shipped history instead of the one published.
  if (cache.reading || Date.now() >= cache.retryAt)
    await waitAtMost(readAgain(), cache.history ? WAIT_FOR_READ_MS : 4 * WAIT_FOR_READ_MS)
  return cache.history ?? shippedHistory
}

/** The history held in memory now, without waiting (null before the first read). */
export function cachedHistory(): RuleSet[] | null {
  return cache.history
}

/** How many queries this process has sent for the rules (reads and checks), for tests and metrics. */
export function rulesQueryCount(): number {
  return cache.queries
}

/** Whether this process's listener is connected (a change elsewhere then reaches it within moments). */
export function rulesListenerConnected(): boolean {
  return cache.listener?.connected() ?? false
}

/** Marks the history as changed: the next screening (or the read started now) sees the database's. */
export function rulesChanged(): void {
  cache.stale = true
  cache.retryAt = 0
  void readAgain()
}

/** Starts the one listener and safety check of this process (idempotent); instrumentation.ts calls it at start. */
export function watchRuleVersions(): void {
  const url = process.env.DATABASE_URL
  if (cache.listener || !url) return
  cache.listener = listenForChanges(url, CHANNEL, rulesChanged)
  const everyMs = Number(process.env.RULES_CHECK_SECONDS ?? 60) * 1000
  cache.check = setInterval(() => void checkFingerprint(), everyMs)
  cache.check.unref()
}

function readAgain(): Promise<void> {
  cache.reading ??= (async () => {
    cache.stale = false // set first: a notification during the read marks it stale again
    try {
      const fingerprint = await readFingerprint()
      cache.queries += 1
      const history = await timeDatabase('rules_read', loadHistory)
      cache.history = history.length ? history : shippedHistory
      cache.fingerprint = fingerprint
    } catch {
      cache.stale = true
      cache.retryAt = Date.now() + RETRY_AFTER_MS
    }
  })().finally(() => {
    cache.reading = null
    // A change arrived during the read (and the read worked): read once more, so no screening has to wait.
    if (cache.stale && Date.now() >= cache.retryAt) void readAgain()
  })
  return cache.reading
}

async function checkFingerprint(): Promise<void> {
  try {
    if (cache.fingerprint !== (await readFingerprint())) rulesChanged()
  } catch {
    // The database is down: keep serving the history in memory; the listener reconnects and re-reads.
  }
}

// ids + xmin: changes on any insert, update or delete of a version.
async function readFingerprint(): Promise<string> {
  cache.queries += 1
  const [row] = await timeDatabase(
    'rules_check',
    () => db().$queryRaw<{ fingerprint: string | null }[]>`
      SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) AS fingerprint FROM rule_versions`,
  )
  return row?.fingerprint ?? ''
}

async function waitAtMost(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
