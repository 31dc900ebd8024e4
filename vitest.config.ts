import path from 'node:path'

import { defineConfig } from 'vitest/config'

const files = '{lib,app,components,scripts,tests}/**'

// Two projects: `unit` never touches a database (no PostgreSQL starts, so it runs in seconds); `db` holds the
// `*.db.test.ts` files and gets a real, migrated and seeded PostgreSQL from its global setup.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` throws outside a React server bundle; tests run server code directly.
      'server-only': path.resolve(__dirname, 'tests/support/server-only-stub.ts'),
    },
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`${files}/*.test.{ts,tsx}`],
          exclude: [`${files}/*.db.test.{ts,tsx}`, 'node_modules/**'],
          // A unit test that reaches for the database fails at once instead of finding one by chance.
          env: { DATABASE_URL: '' },
          // Each file isolated: sharing the module cache (isolate: false) took 16 s down to 5 s, but one test
          // then failed now and again from state another file left behind.
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: [`${files}/*.db.test.{ts,tsx}`],
          globalSetup: ['tests/support/global-db.ts'],
          // The API routes count every request against the shared limits, and every test file sends from the same
          // client into one database: limits no test file reaches unless it sets its own (store.db.test.ts).
          env: {
            RATE_LIMIT_SCREENINGS: '1000000/60',
            RATE_LIMIT_ELIGIBILITY: '1000000/60',
            RATE_LIMIT_DEVICE_OUTCOMES: '1000000/60',
          },
        },
      },
    ],
  },
})
