// Writes waiting outcomes from the outbox into PostgreSQL, in batches of one multi-row INSERT each. One drainer
// per process: its state lives on globalThis (every bundle of this module shares it) and only jobs.ts, started
// from instrumentation.ts, starts its timer; a screening that wrote to the outbox only wakes it. One drainer per
// deployment: each batch runs under a transaction-level advisory lock, so instances sharing the outbox folder
// take turns instead of racing on the same files.
import 'server-only'

import { databaseLooksDown, markDatabaseDown, markDatabaseUp } from '@/lib/db/availability'
import { errorFields, log } from '@/lib/log'

import { drainBatch } from './drain-batch'
import { findInOutbox, listOutbox, rejectFromOutbox, removeFromOutbox } from './outbox'
import type { OutcomeWithProgrammes } from './stored-columns'

export interface DrainReport {
  stored: number
  rejected: number
  waiting: number
}

/** Rows per INSERT: small enough to finish well within the statement timeout on a busy machine. */
const drainBatchSize = 200

interface DrainerState {
  started: boolean
  running: Promise<DrainReport> | null
  again: boolean
  // Whether the outbox may hold something: avoids listing the folder after every screening. Starts true so the
  // first pass after start-up drains what a previous run (or another instance) left.
  maybeWaiting: boolean
}
const key = Symbol.for('smi.outbox-drainer')
const state = ((globalThis as Record<symbol, DrainerState | undefined>)[key] ??= {
  started: false,
  running: null,
  again: false,
  maybeWaiting: true,
})

/** Starts this process's drainer: a pass now and every `intervalMs`. A second call does nothing. */
export function startDrainer(intervalMs: number): void {
  if (state.started) return
  state.started = true
  wakeDrainer()
  setInterval(() => wakeDrainer(true), intervalMs).unref() // each tick looks at the folder: another process may have written
}

/** Asks the running drainer for a pass soon (after an outbox write, or once the database answers again). */
export function wakeDrainer(afterOutboxWrite = false): void {
  if (afterOutboxWrite) state.maybeWaiting = true
  if (!state.started || !state.maybeWaiting || databaseLooksDown()) return
  if (state.running) {
    state.again = true
    return
  }
  void drainOutbox().catch((error) => log.error({ event: 'outbox_drain_failed', ...errorFields(error) }))
}

/** One pass over the outbox (shared with a pass already running); stops when the database is unavailable. */
export function drainOutbox(): Promise<DrainReport> {
  state.running ??= drainAll().finally(() => {
    state.running = null
    if (state.again) {
      state.again = false
      wakeDrainer()
    }
  })
  return state.running
}

async function drainAll(): Promise<DrainReport> {
  const report: DrainReport = { stored: 0, rejected: 0, waiting: 0 }
  const digests = listOutbox()
  for (let i = 0; i < digests.length; i += drainBatchSize) {
    const rows = (await Promise.all(digests.slice(i, i + drainBatchSize).map(findInOutbox))).filter(
      (r): r is OutcomeWithProgrammes => r !== null,
    )
    const result = await drainBatch(rows)
    if (result === 'unavailable' || result === 'busy') {
      if (result === 'unavailable') markDatabaseDown()
      report.waiting = digests.length - i
      break
    }
    markDatabaseUp()
    for (const digest of result.stored) removeFromOutbox(digest)
    for (const digest of result.rejected) rejectFromOutbox(digest)
    report.stored += result.stored.length
    report.rejected += result.rejected.length
  }
  state.maybeWaiting = report.waiting > 0 || listOutbox().length > 0
  if (report.stored || report.rejected) {
    log.info({ event: 'outbox_drained', stored: report.stored, rejected: report.rejected })
  }
  return report
}
