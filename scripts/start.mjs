// `npm start`: builds when the sources are newer than the last build, then serves on $PORT (default 3000)
// with a ready database (see with-db.mjs).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { refuseUnsafeStart } from './required-settings.mjs'

const SOURCES = [
  'app',
  'components',
  'lib',
  'locales',
  'public',
  'proxy.ts',
  'next.config.mjs',
  'package-lock.json',
  'prisma/schema.prisma',
]

function newestMtime(p) {
  if (!existsSync(p)) return 0
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(0, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))))
}

refuseUnsafeStart()

const built = existsSync('.next/BUILD_ID') ? statSync('.next/BUILD_ID').mtimeMs : 0
if (built < Math.max(...SOURCES.map(newestMtime))) {
  console.error('[start] building…')
  const r = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const port = process.env.PORT ?? '3000'
const child = spawn(process.execPath, ['scripts/with-db.mjs', 'node_modules/.bin/next', 'start', '-p', port], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 1))
