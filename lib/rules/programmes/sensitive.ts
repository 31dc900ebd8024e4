// Conditions the screener never asks about (they could harm the person if stored or seen): a result lists them
// for the person to check, and they never change an outcome. Their ids are the fact sheet's fact ids.
export const sensitiveConditions = [
  'criminal-record',
  'expulsion-or-deportation-order',
  'deprived-of-liberty',
  'irregular-migration-history',
] as const
export type SensitiveCondition = (typeof sensitiveConditions)[number]

/** Whether a fact id names a sensitive condition (never a question, never stored). */
export function isSensitive(fact: string): boolean {
  return (sensitiveConditions as readonly string[]).includes(fact)
}
