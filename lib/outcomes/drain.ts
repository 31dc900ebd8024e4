// Writes waiting outcomes from the outbox into PostgreSQL: at start-up, on a timer (jobs.ts), and soon after a
// screening when the outbox is not empty. Safe to run in several instances at once (see outbox.ts).
import 'server-only'

import { insertWithCodeRetry } from './code-retry'
import { findInOutbox, listOutbox, rejectFromOutbox, removeFromOutbox } from './outbox'

export interface DrainReport {
  stored: number
  rejected: number
  waiting: number
}

// After a failure, screenings skip the database for a few seconds instead of each waiting for the timeout.
// Process memory only holds this hint; the outcomes themselves are on disk.
const RETRY_AFTER_MS = 3_000
let downUntil = 0
let running: Promise<DrainReport> | null = null
// Whether the outbox may hold something: avoids listing the folder after every screening. Starts true so the
// first screening after start-up drains what a previous run (or another instance) left.
let maybeWaiting = true

/** Whether a recent failure says to go straight to the outbox. */
export function databaseLooksDown(): boolean {
  return Date.now() < downUntil
}

/** Records that the database just failed. */
export function markDatabaseDown(): void {
  downUntil = Date.now() + RETRY_AFTER_MS
}

/** Drains in the background when something may wait and the database may be back. */
export function drainSoon(afterOutboxWrite = false): void {
  if (afterOutboxWrite) maybeWaiting = true
  if (!maybeWaiting || running || databaseLooksDown()) return
  void drainOutbox().catch((error) => console.error('[outcomes] drain failed:', (error as Error).message))
}

/** Writes every waiting outcome it can; stops at the first sign the database is unavailable. */
export function drainOutbox(): Promise<DrainReport> {
  running ??= drainAll().finally(() => {
    running = null
  })
  return running
}

async function drainAll(): Promise<DrainReport> {
  const report: DrainReport = { stored: 0, rejected: 0, waiting: 0 }
  const digests = listOutbox()
  for (const [i, digest] of digests.entries()) {
    const row = findInOutbox(digest)
    if (!row) continue
    const outcome = await drainOne(row)
    if (outcome === 'unavailable') {
      markDatabaseDown()
      report.waiting = digests.length - i
      break
    }
    if (outcome === 'stored') removeFromOutbox(digest)
    else rejectFromOutbox(digest)
    report[outcome] += 1
  }
  maybeWaiting = report.waiting > 0 || listOutbox().length > 0
  if (report.stored || report.rejected) {
    console.error(`[outcomes] outbox drained: ${report.stored} stored, ${report.rejected} set aside`)
  }
  return report
}

async function drainOne(
  row: NonNullable<ReturnType<typeof findInOutbox>>,
): Promise<'stored' | 'rejected' | 'unavailable'> {
  // A code taken meanwhile by another screening (2 in 10^11) is replaced: the outcome is kept under a new code.
  const stored = await insertWithCodeRetry(row)
  if (stored.ok) return 'stored'
  if (stored.failure === 'refused')
    console.error(`[outcomes] database refused a waiting outcome: ${(stored.error as Error).message}`)
  return stored.failure === 'unavailable' ? 'unavailable' : 'rejected'
}
