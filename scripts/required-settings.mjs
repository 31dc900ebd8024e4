// What a start against an operator's PostgreSQL needs before it may serve (scripts/start.mjs and
// instrumentation.ts both ask). The zero-config local start on the embedded PostgreSQL invents its secrets under
// .data/, which is fine on one laptop and wrong anywhere else: two instances would disagree, and a copied .data/
// folder would hand out the keys. So with DATABASE_URL set by the operator, every secret must come from the
// environment.

/** Secrets every deployment sets, each at least 32 characters (a comma-separated list where rotation applies). */
export const requiredSecrets = [
  'ANSWERS_SECRET',
  'OUTCOME_CODE_SECRET',
  'ACCESS_CODE_SECRET',
  'ADMIN_THROTTLE_SECRET',
  'TOTP_ENCRYPTION_SECRET',
]

/** Whether the database is the operator's (DATABASE_URL given) rather than the embedded one with-db.mjs started. */
export function usesExternalDatabase(env = process.env) {
  return Boolean(env.DATABASE_URL) && env.SMI_EMBEDDED_DATABASE !== env.DATABASE_URL
}

/** What is missing or unsafe in `env` for a start against an external database, one line each; empty when fine. */
export function missingSettings(env = process.env) {
  const problems = []
  for (const name of requiredSecrets) {
    const parts = (env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (!parts.length) problems.push(`${name} is not set`)
    else if (parts.some((s) => s.length < 32)) problems.push(`${name} must be at least 32 characters`)
  }
  if (env.SMI_TEST_FAULTS)
    problems.push('SMI_TEST_FAULTS must not be set: it lets a request make pages fail (tests only)')
  const base = env.PUBLIC_BASE_URL ?? ''
  if (!base) problems.push('PUBLIC_BASE_URL is not set (e.g. https://screener.example.org)')
  else if (!/^https:\/\/[^/\s]+/.test(base) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(base))
    problems.push('PUBLIC_BASE_URL must be an https:// address')
  return problems
}

/** Exits with status 1 and one message listing every problem when an external-database start is unsafe. */
export function refuseUnsafeStart(env = process.env) {
  if (!usesExternalDatabase(env)) return
  const problems = missingSettings(env)
  if (!problems.length) return
  console.error(
    `[start] refusing to serve: DATABASE_URL points to an external PostgreSQL, so these settings are needed:\n` +
      problems.map((p) => `  - ${p}`).join('\n') +
      `\n(see the configuration table in README.md; without DATABASE_URL the app runs locally on an embedded PostgreSQL)`,
  )
  process.exit(1)
}
