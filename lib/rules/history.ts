// Choosing the version of the rules that decides a given day.
import type { History, RuleSet } from './schema'

/** The version in force on `asOf` (latest effectiveFrom on or before it); before the first, the first. */
export function versionInForce(history: History, asOf: string): RuleSet {
  let chosen = history[0]
  for (const version of history) if (version.effectiveFrom <= asOf) chosen = version
  if (!chosen) throw new Error('empty rule history')
  return chosen
}
