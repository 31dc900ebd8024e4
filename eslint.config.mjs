import next from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import simpleImportSort from 'eslint-plugin-simple-import-sort'

// No barrel for lib/rules: every import names the module it needs (one way to import each thing; unused
// exports stay visible to knip).
const noRulesBarrel = { name: '@/lib/rules', message: 'Import the module itself, e.g. @/lib/rules/evaluate.' }

// Database access lives in lib/: app/ calls lib functions and never Prisma itself.
const noPrismaPatterns = [
  {
    group: ['@prisma/*', '@/generated/prisma', '@/generated/prisma/*', '@/lib/db/prisma'],
    message: 'No Prisma under app/: put the query in a lib/ function and call that.',
  },
]

const config = [
  ...next,
  ...nextTs,
  {
    // One import order everywhere (side-effect imports such as 'server-only' first), fixed by `eslint --fix`.
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRulesBarrel] }] },
  },
  {
    // Tests are exempt: they check the rows a route stored, which is what they are for.
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRulesBarrel], patterns: noPrismaPatterns }] },
  },
  {
    // lib/rules is pure: it must also run in a browser and a CLI (rules-check, the API and the pages share it).
    files: ['lib/rules/**/*.ts'],
    ignores: ['lib/rules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'next',
                'next/*',
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'i18next',
                'react-i18next',
                '@prisma/*',
                '@/generated/*',
                '@/lib/db/*',
                'server-only',
                'node:*',
              ],
              message: 'lib/rules is pure: no next, react, prisma, i18next or Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      'generated/**',
      'node_modules/**',
      'next-env.d.ts',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
]

export default config
