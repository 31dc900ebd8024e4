// Runs once when a Next.js server starts: refuses an unsafe start against an external database, makes the server
// answer TRACE with 405 (lib/http/forbidden-methods.ts) and tell rate limits each request's socket address
// (lib/http/peer-address.ts), then starts the rules listener (history in memory,
// re-read when rule_versions changes) and the outcome jobs (outbox drain, daily retention purge), so no separate
// scheduler is needed. OUTCOME_JOBS=off disables the jobs (e.g. on instances that must not purge).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // `next start` run directly (not through npm start) gets the same refusal as scripts/start.mjs.
  const { refuseUnsafeStart } = await import('./scripts/required-settings.mjs')
  refuseUnsafeStart()
  const { refuseForbiddenMethods } = await import('@/lib/http/forbidden-methods')
  await refuseForbiddenMethods()
  const { installPeerAddress } = await import('@/lib/http/peer-address')
  installPeerAddress()
  if (!process.env.DATABASE_URL) return
  const { watchRuleVersions } = await import('@/lib/db/history')
  watchRuleVersions()
  if (process.env.OUTCOME_JOBS === 'off') return
  const { startOutcomeJobs } = await import('@/lib/outcomes/jobs')
  startOutcomeJobs()
}
