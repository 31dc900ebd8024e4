/** $OUTCOME_RETENTION_MONTHS as a whole number of months (default 24): how long outcomes are kept (purge.ts). */
export function retentionMonths(): number {
  const months = Number(process.env.OUTCOME_RETENTION_MONTHS ?? 24)
  if (!Number.isInteger(months) || months < 1) throw new Error('OUTCOME_RETENTION_MONTHS must be a whole number ≥ 1')
  return months
}
