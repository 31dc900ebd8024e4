// A failure on request, for the one error page no real fault reaches: app/global-error.tsx, shown when the root
// layout itself fails (nothing in it reads the database or anything else that can fail). Only a local test
// server allows it: SMI_TEST_FAULTS=1 on the embedded PostgreSQL that scripts/with-db.mjs starts, and a start
// against an operator's database refuses to serve with SMI_TEST_FAULTS set (scripts/required-settings.mjs).

/** Whether this request asks the root layout to fail, and this server is a local test server that allows it. */
export function layoutFaultRequested(h: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const local = Boolean(env.SMI_EMBEDDED_DATABASE) && env.SMI_EMBEDDED_DATABASE === env.DATABASE_URL
  return env.SMI_TEST_FAULTS === '1' && local && h.get('x-smi-test-fault') === 'layout'
}
