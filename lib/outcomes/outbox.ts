// The durable outbox: outcomes that could not reach PostgreSQL wait here, one file per screening, named by the
// idempotency digest. A file appears atomically (written, fsync'd, then hard-linked into place) and only after
// its directory entry is fsync'd does the person get their result, so an acknowledged outcome survives a crash.
// Several instances may share the folder: a second write of the same screening finds the first (same code), and
// draining twice is harmless (the insert ignores a known digest). The files hold only the whitelisted rows: the
// outcome and its programmes' rows.
import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, renameSync, unlinkSync } from 'node:fs'
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { OutcomeWithProgrammes } from './stored-columns'

/** The outbox folder: $OUTCOME_OUTBOX_DIR, default .data/outbox. */
export function outboxDir(): string {
  // The folder is chosen at run time; tell Turbopack not to trace the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.OUTCOME_OUTBOX_DIR ?? '.data/outbox')
}

const fileOf = (digest: string) => path.join(outboxDir(), `${digest}.json`)

// How many outcomes this process believes wait (null: not looked yet). Kept up to date by this module and reset
// from disk by every listing (the drain timer lists every few seconds), so a screening with an empty outbox does
// no filesystem work at all. A file another instance adds to a shared folder meanwhile is harmless: the same
// screening then gets the same result code from the database, and the drain's insert ignores the copy. On
// globalThis: the server bundle and instrumentation.ts may each load this module.
const memory = globalThis as unknown as { outboxPending?: number | null }
const counted = (delta: number) => {
  if (typeof memory.outboxPending === 'number') memory.outboxPending = Math.max(0, memory.outboxPending + delta)
}

/** How many outcomes wait in the outbox, from memory (lists the folder only the first time). */
export function outboxPending(): number {
  return (memory.outboxPending ??= listOutbox().length)
}

/**
 * Stores `row` durably unless this screening is already waiting; returns the row that is waiting. The writes and
 * fsyncs run on libuv's threads, not the event loop: during an outage every screening writes here, and other
 * requests keep being served while a disk syncs. The person still gets the answer only after both fsyncs.
 */
export async function putInOutbox(row: OutcomeWithProgrammes): Promise<OutcomeWithProgrammes> {
  const dir = outboxDir()
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const tmp = path.join(dir, `.tmp-${randomUUID()}`)
  const file = await open(tmp, 'wx', 0o600)
  try {
    await file.writeFile(JSON.stringify(row))
    await file.sync()
  } finally {
    await file.close()
  }
  try {
    await link(tmp, fileOf(row.idempotency_digest)) // fails with EEXIST instead of replacing an earlier copy
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return (await findInOutbox(row.idempotency_digest)) ?? row
  } finally {
    await unlink(tmp)
  }
  await syncDir(dir)
  counted(1)
  return row
}

/** The waiting row for a digest, if any (no filesystem work at all while this process counts none waiting). */
export async function findInOutbox(digest: string): Promise<OutcomeWithProgrammes | null> {
  if (outboxPending() === 0) return null
  try {
    return JSON.parse(await readFile(fileOf(digest), 'utf8')) as OutcomeWithProgrammes
  } catch {
    return null
  }
}

/** Digests of every waiting outcome. */
export function listOutbox(): string[] {
  let digests: string[] = []
  try {
    digests = readdirSync(outboxDir())
      .filter((f) => /^[0-9a-f]{64}\.json$/.test(f))
      .map((f) => f.slice(0, 64))
  } catch {}
  memory.outboxPending = digests.length
  return digests
}

/** Forgets a waiting outcome once the database has it. */
export function removeFromOutbox(digest: string): void {
  try {
    unlinkSync(fileOf(digest))
    counted(-1)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** Moves an outcome the database refuses for good (e.g. a CHECK violation) aside, for a person to look at. */
export function rejectFromOutbox(digest: string): void {
  const rejected = path.join(outboxDir(), 'rejected')
  mkdirSync(rejected, { recursive: true, mode: 0o700 })
  try {
    renameSync(fileOf(digest), path.join(rejected, `${digest}.json`))
    counted(-1)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** How many outcomes wait, and how many were set aside. */
export function outboxCounts(): { pending: number; rejected: number } {
  let rejected = 0
  try {
    rejected = readdirSync(path.join(outboxDir(), 'rejected')).filter((f) => f.endsWith('.json')).length
  } catch {}
  return { pending: listOutbox().length, rejected }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
