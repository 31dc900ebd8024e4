import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` throws outside a React server bundle; tests run server code directly.
      'server-only': path.resolve(__dirname, 'tests/support/server-only-stub.ts'),
    },
  },
  test: {
    include: ['{lib,app,components,scripts,tests/unit}/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/global-db.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
