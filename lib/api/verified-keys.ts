import 'server-only'

import { type ChangeListener, listenForChanges } from '@/lib/db/change-listener'

// The API keys this process has verified, so a partner's screening costs no key query: only the insert. A
// trigger on api_keys NOTIFYs every instance on any change (a key made or revoked, on any instance or by a
// script) and each one checks every key again on its next use; so does a (re)connect of the listener, since a
// notification may have been missed meanwhile. While the listener is not connected, keys are not trusted from
// memory: the database is asked every time, as before. When the database cannot answer, a key verified in the
// last hour still works, so partners keep screening while outcomes wait in the outbox.
const CHANNEL = 'api_keys'
const trustWhileDownMs = 60 * 60_000

interface VerifiedKeys {
  /** Each key's client, when it was last verified and in which generation (trusted only in the current one). */
  keys: Map<string, { client: string; at: number; generation: number }>
  /** Counts changes heard: a key verified before the last one is checked again. */
  generation: number
  listener: ChangeListener | null
}

const state = ((globalThis as unknown as { verifiedApiKeys?: VerifiedKeys }).verifiedApiKeys ??= {
  keys: new Map(),
  generation: 0,
  listener: null,
})

/** Stops trusting every verified key (a key changed somewhere); an answer read before this is not kept. */
export function forgetVerifiedKeys(): void {
  state.generation += 1
}

/** The client of a key verified since the last change, while changes are heard; else null (ask the database). */
export function verifiedClient(digest: string): string | null {
  const url = process.env.DATABASE_URL
  if (!state.listener && url) state.listener = listenForChanges(url, CHANNEL, forgetVerifiedKeys)
  if (!state.listener?.connected()) return null
  const known = state.keys.get(digest)
  return known?.generation === state.generation ? known.client : null
}

/** A moment to pass to `remember` later: an answer read before a change is then dropped. */
export function keysGeneration(): number {
  return state.generation
}

/** Records the database's answer for a key, read at `generation`: a live key's client, or null for none. */
export function remember(digest: string, client: string | null, generation: number): void {
  if (!client) state.keys.delete(digest)
  else state.keys.set(digest, { client, at: Date.now(), generation })
}

/** The client of a key verified in the last hour, for when the database cannot answer. */
export function clientWhileDown(digest: string): string | null {
  const known = state.keys.get(digest)
  return known && Date.now() - known.at < trustWhileDownMs ? known.client : null
}
