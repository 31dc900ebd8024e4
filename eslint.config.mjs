import next from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...next,
  ...nextTs,
  { ignores: ['.next/**', 'generated/**', 'node_modules/**', 'next-env.d.ts', '.data/**', 'test-results/**', 'playwright-report/**'] },
]

export default config
