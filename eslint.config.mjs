import next from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import simpleImportSort from 'eslint-plugin-simple-import-sort'

const config = [
  ...next,
  ...nextTs,
  {
    // One import order everywhere (side-effect imports such as 'server-only' first), fixed by `eslint --fix`.
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
  {
    // lib/rules is pure: it must also run in a browser and a CLI (issue 3).
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
