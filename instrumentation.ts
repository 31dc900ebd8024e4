// Runs once when a Next.js server starts: refuses an unsafe start against an external database, makes the server
// answer TRACE with 405 (lib/http/forbidden-methods.ts), then runs the outcome jobs (outbox drain, daily retention
// purge) inside the app, so no separate scheduler is needed. OUTCOME_JOBS=off disables them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // `next start` run directly (not through npm start) gets the same refusal as scripts/start.mjs.
  const { refuseUnsafeStart } = await import('./scripts/required-settings.mjs')
  refuseUnsafeStart()
  const { refuseForbiddenMethods } = await import('@/lib/http/forbidden-methods')
  await refuseForbiddenMethods()
  if (process.env.OUTCOME_JOBS === 'off' || !process.env.DATABASE_URL) return
  const { startOutcomeJobs } = await import('@/lib/outcomes/jobs')
  startOutcomeJobs()
}
