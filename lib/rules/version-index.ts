// Work done once per rule history instead of once per evaluation: the days on which registration can change and
// the closed/open state on each of them. Keyed by the (immutable) history object in a WeakMap, so a history read
// again starts fresh and an old one is simply forgotten.
import type { HostCountry } from './answers'
import type { History } from './schema'

/** For one host and nationality: the change days (ascending) and whether registration is closed on each. */
export interface ClosedDays {
  days: string[]
  closed: boolean[]
  /** Whether it is closed the day before the first change day. */
  closedBefore: boolean
}

// Bounded: nationality is free text in the API; past this many, a history's table starts again.
const MAX_PER_HISTORY = 4_000
const byHistory = new WeakMap<History, Map<string, ClosedDays>>()

/** The closed-day table of `host` and `nationality` in `history`, or `build()` stored for next time. */
export function closedDays(
  history: History,
  host: HostCountry,
  nationality: string,
  build: () => ClosedDays,
): ClosedDays {
  let tables = byHistory.get(history)
  if (!tables || tables.size > MAX_PER_HISTORY) byHistory.set(history, (tables = new Map()))
  const key = `${host}:${nationality}`
  let table = tables.get(key)
  if (!table) tables.set(key, (table = build()))
  return table
}
