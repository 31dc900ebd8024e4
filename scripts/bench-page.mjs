// `npm run bench:page`: Lighthouse (mobile, simulated throttling) on the first question page, next to a bare
// Next.js page built the same way (same Next/React versions, `next build` + `next start`) on this machine.
// Prints performance and accessibility scores and the bytes transferred. Needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'
const root = process.cwd()

function bareApp() {
  // Inside the project (gitignored .data/) so it resolves our node_modules, same versions, no copy.
  const dir = path.join(root, '.data/bare-next')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'app'), { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), '{"private":true,"type":"module"}')
  writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(root)} } }\n`)
  writeFileSync(
    path.join(dir, 'app/layout.tsx'),
    'export default function L({children}:{children:React.ReactNode}){return <html lang="en"><body>{children}</body></html>}\n',
  )
  writeFileSync(
    path.join(dir, 'app/page.tsx'),
    'export const metadata={title:"Bare"};export default function P(){return <main><h1>Bare Next.js page</h1></main>}\n',
  )
  const built = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (built.status !== 0) throw new Error('bare app build failed')
  return dir
}

function serve(cwd, port, wrap) {
  const next = path.join(root, 'node_modules/.bin/next')
  const [cmd, args] = wrap
    ? [process.execPath, ['scripts/with-db.mjs', next, 'start', '-p', String(port)]]
    : [next, ['start', '-p', String(port)]]
  const child = spawn(cmd, args, { cwd, stdio: 'ignore', env: { ...process.env, EMBEDDED_PG_EPHEMERAL: '1' } })
  return child
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer`)
}

function lighthouse(url, attempt = 1) {
  const out = path.join(os.tmpdir(), `lh-${process.pid}-${Date.now()}.json`)
  const r = spawnSync(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      `--chrome-flags=${flags}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--only-categories=performance,accessibility',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'ignore' },
  )
  // Lighthouse now and then fails to record a trace (NO_NAVSTART): try again, up to three times.
  if (r.status !== 0) {
    if (attempt < 3) return lighthouse(url, attempt + 1)
    throw new Error(`lighthouse failed on ${url}`)
  }
  const report = JSON.parse(readFileSync(out, 'utf8'))
  const items = report.audits['network-requests'].details.items
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    transferKiB: (items.reduce((s, i) => s + (i.transferSize ?? 0), 0) / 1024).toFixed(1),
    requests: items.length,
    jsKiB: (
      items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0) / 1024
    ).toFixed(1),
  }
}

const app = serve(root, 3301, true)
const bare = serve(bareApp(), 3302, false)
try {
  await waitFor('http://127.0.0.1:3301/api/health')
  await waitFor('http://127.0.0.1:3302/')
  const rows = {
    'first question (/en/check/host-country)': lighthouse('http://127.0.0.1:3301/en/check/host-country'),
    'bare Next.js page': lighthouse('http://127.0.0.1:3302/'),
  }
  console.table(rows)
} finally {
  app.kill('SIGTERM')
  bare.kill('SIGTERM')
}
