import 'server-only'

import { log } from '@/lib/log'
import { timeDatabase } from '@/lib/metrics/registry'
import { shippedHistory } from '@/lib/rules/data'
import { shippedProgrammes } from '@/lib/rules/data/programmes'
import type { Programme } from '@/lib/rules/programmes/programme'
import type { RuleSet } from '@/lib/rules/schema'

import { type ChangeListener, listenForChanges } from './change-listener'
import { db } from './prisma'
import { loadProgrammes } from './programme-store'
import { loadHistory } from './rule-versions'

// The rule history lives in memory; screenings never ask the database whether it changed. A trigger on
// rule_versions NOTIFYs every instance on any change (publish, rollback, seed, script), and this process re-reads
// the table once. Every (re)connect of the listener and a periodic fingerprint check catch anything a dropped
// connection missed. Scheduled versions are already in the history: the day picks them (versionInForce). When
// PostgreSQL is unreachable the last history read keeps serving (or the shipped one, before any read). The other
// programmes (programmes, programme_versions) ride on the same cache: their tables notify the same channel, the
// fingerprint covers them, and one read loads everything.
const CHANNEL = 'rule_versions'
const RETRY_AFTER_MS = 10_000
const WAIT_FOR_READ_MS = 1_500

interface RulesCache {
  history: RuleSet[] | null
  programmes: Programme[] | null
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
  programmes: null,
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

/**
 * The programmes other than Safe Mobility to screen with: what the database held at the last change (each one
 * validated), or null when it has not been read (the caller falls back to the shipped ones).
 */
export async function screeningProgrammeData(): Promise<Programme[] | null> {
  await screeningHistory()
  return cache.programmes
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
      const [history, programmes] = await timeDatabase('rules_read', () =>
        Promise.all([loadHistory(), loadProgrammes()]),
      )
      cache.history = history.length ? history : shippedHistory
      if (programmes.invalid.length) log.warn({ event: 'programmes_invalid', ids: programmes.invalid })
      cache.programmes = withShippedFallback(programmes)
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

// A programme whose rows do not validate is screened as shipped (if it is a shipped one), never half-read; an
// empty table (not seeded yet) means the shipped programmes.
function withShippedFallback(read: { programmes: Programme[]; invalid: string[] }): Programme[] | null {
  if (!read.programmes.length && !read.invalid.length) return null
  const shipped = new Map(shippedProgrammes.flatMap((p) => (p.engine === 'blocks' ? [[p.id, p]] : [])))
  const fallback = read.invalid.flatMap((id) => (shipped.has(id) ? [shipped.get(id)!] : []))
  return [...read.programmes, ...fallback]
}

async function checkFingerprint(): Promise<void> {
  try {
    if (cache.fingerprint !== (await readFingerprint())) rulesChanged()
  } catch {
    // The database is down: keep serving the history in memory; the listener reconnects and re-reads.
  }
}

// ids + xmin: changes on any insert, update or delete of a version or a programme.
async function readFingerprint(): Promise<string> {
  cache.queries += 1
  const [row] = await timeDatabase(
    'rules_check',
    () => db().$queryRaw<{ fingerprint: string | null }[]>`
      SELECT concat_ws('|',
        (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM rule_versions),
        (SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM programmes),
        (SELECT string_agg(programme_id || '/' || id || ':' || xmin::text, ',' ORDER BY programme_id, id)
          FROM programme_versions)) AS fingerprint`,
  )
  return row?.fingerprint ?? ''
}

async function waitAtMost(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
