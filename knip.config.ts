// knip (in `npm run lint`): no unused files, exports or dependencies. Entry points beyond what its Next.js,
// Vitest, Playwright, ESLint and Prisma plugins find are the command-line scripts and the seed.
import type { KnipConfig } from 'knip'

const config: KnipConfig = {
  entry: [
    'scripts/*.{mjs,ts}',
    'prisma/seed.ts',
    'tests/support/server-only-stub.ts',
    'tests/support/issue-access-code.ts',
    // The service worker: app/sw.js/route.ts bundles it by path with esbuild.
    'worker/sw.ts',
  ],
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
    // Run as a command by lib/api/openapi-lint.test.ts.
    '@redocly/cli',
    // Not used: the questionnaire in the browser gets its texts inside the shell page (app/[lng]/device).
    'i18next-resources-to-backend',
  ],
}

export default config
