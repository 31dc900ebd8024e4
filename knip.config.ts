// knip (in `npm run lint`): no unused files, exports or dependencies. Entry points beyond what its Next.js,
// Vitest, Playwright, ESLint and Prisma plugins find are the command-line scripts and the seed.
import type { KnipConfig } from 'knip'

const config: KnipConfig = {
  entry: ['scripts/*.{mjs,ts}', 'prisma/seed.ts', 'tests/support/server-only-stub.ts'],
  project: ['**/*.{ts,tsx,mjs}'],
  ignoreDependencies: [
    // Imported by the generated Prisma client (generated/, not linted).
    '@prisma/client',
    // Loaded by path from scripts/new-migration.mjs (Prisma's schema engine as WebAssembly).
    '@prisma/schema-engine-wasm',
    // Run as a command by scripts/bench-page.mjs.
    'lighthouse',
    // Imported from app/globals.css, which knip does not read.
    'tailwindcss',
    // Used by work in progress (rate limits, second factor, cookie sealing, metrics, OpenAPI lint, offline i18n).
    'rate-limiter-flexible',
    'otpauth',
    'iron-webcrypto',
    'prom-client',
    '@redocly/cli',
    'react-i18next',
    'i18next-resources-to-backend',
  ],
}

export default config
