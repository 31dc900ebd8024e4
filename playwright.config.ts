import { existsSync } from 'node:fs'

import { chromium, defineConfig } from '@playwright/test'

import { serverLogFile } from './tests/support/server-log'

// An installed Playwright browser when there is one, otherwise the system Chromium (no download step).
const bundled = (() => {
  try {
    return chromium.executablePath()
  } catch {
    return ''
  }
})()
const executablePath = bundled && existsSync(bundled) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
const port = Number(process.env.E2E_PORT ?? 3200)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The server's pages are the reference every spec tests; once a service worker is ready, JavaScript runs the
    // questionnaire in the browser instead (at /{lng}/device/…), so only tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // No npx and no detaching: the wrapper must own next-server so teardown stops it (a detached next-server outlives the test run).
    command: `node scripts/with-db.mjs node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    env: {
      EMBEDDED_PG_EPHEMERAL: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      DB_URL_FILE: `.data/e2e-db-url-${port}`,
      LOG_FILE: serverLogFile,
      // Tests that need their own client address send X-Forwarded-For; the others share 127.0.0.1.
      TRUSTED_PROXY_HOPS: '1',
      // A request header may make the root layout fail, to test app/global-error.tsx (lib/http/test-fault.ts).
      SMI_TEST_FAULTS: '1',
      // Tiny windows, so tests see a 429 and then see it go (the defaults are in lib/rate-limit/settings.ts).
      RATE_LIMIT_SCREENINGS: '20/10',
      RATE_LIMIT_ELIGIBILITY: '10/10',
      RATE_LIMIT_RESULT_PAGES: '10/10',
      RATE_LIMIT_UNLOCK: '3/10',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
})
