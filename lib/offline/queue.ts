// The device's queue of outcomes waiting to be sent: one IndexedDB store keyed by the screening's idempotency key,
// holding only the anonymised outcome (lib/outcomes/device-outcome.ts). Pages and the service worker share it; an
// outcome leaves the device as soon as the server acknowledges it (201) or refuses it for good (4xx).
import type { DeviceOutcome } from '@/lib/outcomes/device-outcome'

const DB = 'screener-outbox'
const STORE = 'outcomes'

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1)
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' })
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
}

async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  } finally {
    db.close()
  }
}

/** Puts an outcome in the queue (the same key twice keeps one). */
export async function enqueueOutcome(outcome: DeviceOutcome): Promise<void> {
  await inStore('readwrite', (s) => s.put(outcome))
}

/** Every outcome still waiting on this device. */
export function queuedOutcomes(): Promise<DeviceOutcome[]> {
  return inStore('readonly', (s) => s.getAll() as IDBRequest<DeviceOutcome[]>)
}

/** Deletes every waiting outcome (quick exit, after asking). */
export async function clearQueue(): Promise<void> {
  await inStore('readwrite', (s) => s.clear())
}

/** What sending one outcome came to: its result code, refused for good, or try again later. */
export type SendResult = { key: string; resultCode: string } | { key: string; refused: true }

let sending: Promise<SendResult[]> | null = null

/**
 * Sends every waiting outcome to POST /api/app/outcomes, one at a time, and removes each one acknowledged or
 * refused for good; stops at the first network failure or 5xx/429 (the rest waits for the next chance). One
 * send at a time per page or worker.
 */
export function sendQueued(): Promise<SendResult[]> {
  sending ??= sendAll().finally(() => (sending = null))
  return sending
}

/** Sends one outcome: its result, or null when it must wait (no connection, 5xx, 429). Leaves the queue alone. */
export async function sendOutcome(outcome: DeviceOutcome): Promise<SendResult | null> {
  let response: Response
  try {
    response = await fetch('/api/app/outcomes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(outcome),
      credentials: 'omit',
    })
  } catch {
    return null // no connection
  }
  if (response.status >= 500 || response.status === 429) return null
  const body = (await response.json().catch(() => ({}))) as { resultCode?: unknown }
  return response.status === 201 && typeof body.resultCode === 'string'
    ? { key: outcome.key, resultCode: body.resultCode }
    : { key: outcome.key, refused: true }
}

async function sendAll(): Promise<SendResult[]> {
  const results: SendResult[] = []
  for (const outcome of await queuedOutcomes()) {
    const result = await sendOutcome(outcome)
    if (!result) break
    await inStore('readwrite', (s) => s.delete(outcome.key))
    results.push(result)
  }
  return results
}
