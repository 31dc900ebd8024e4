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
          // Pure tests share threads and their module cache: 16 s → 5 s on two cores. A unit test must therefore
          // restore any process.env or module state it changes.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: [`${files}/*.db.test.{ts,tsx}`],
          globalSetup: ['tests/support/global-db.ts'],
        },
      },
    ],
  },
})
