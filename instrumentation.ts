// Runs once when a Next.js server starts: the outcome jobs (outbox drain, daily retention purge) run inside the
// app, so no separate scheduler is needed. OUTCOME_JOBS=off disables them (e.g. on instances that must not purge).
// First, the server is made to answer TRACE with 405 (lib/http/forbidden-methods.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { refuseForbiddenMethods } = await import('@/lib/http/forbidden-methods')
  await refuseForbiddenMethods()
  if (process.env.OUTCOME_JOBS === 'off' || !process.env.DATABASE_URL) return
  const { startOutcomeJobs } = await import('@/lib/outcomes/jobs')
  startOutcomeJobs()
}
