// `npm run bench:questionnaire`: whole screenings without JavaScript — the start page, every question, check
// answers and the result, through the real HTML forms with cookies (tests/support/form-client.ts) — per second
// on `next start`, next to a bare Next.js app built the same way whose pages have the same URLs and one server
// action form each (a cookie and a redirect, no rules, no i18n, no database). Prints screenings/s, p50/p99 of
// each step (a form post and its redirect) and server CPU per screening. Loopback only, bounded in time:
// BENCH_DURATION s (20) per server at BENCH_CONNECTIONS people at once (16). Runs under with-db.mjs.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { FormClient } from '../tests/support/form-client'
import { screenWithoutJs, typicalScreening } from '../tests/support/no-js-screening'
// @ts-expect-error plain ESM script without types
import { cpuSeconds } from './bench-cpu.mjs'
// @ts-expect-error plain ESM script without types
import { freePort } from './embedded-db.mjs'

const duration = Number(process.env.BENCH_DURATION ?? 20) * 1000
const people = Number(process.env.BENCH_CONNECTIONS ?? 16)
const root = process.cwd()
const next = path.join(root, 'node_modules/.bin/next')
const steps = typicalScreening.map((s) => s.page)
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

// Same URLs as the questionnaire, so the same client walks both: /en, /en/check/<step>, /en/check/result.
function bareApp(): string {
  const dir = path.join(root, '.data/bare-next-forms')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'app/[lng]/check/[step]'), { recursive: true })
  const files: Record<string, string> = {
    'package.json': '{"private":true,"type":"module"}',
    'next.config.mjs': `export default { turbopack: { root: ${JSON.stringify(root)} } }\n`,
    'app/layout.tsx':
      'export default function L({children}:{children:React.ReactNode}){return <html lang="en"><body>{children}</body></html>}\n',
    'app/actions.ts': `'use server'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
const steps = ${JSON.stringify([...steps.slice(1), 'result'])}
export async function advance(step: string, formData: FormData) {
  ;(await cookies()).set('answers', step + ':' + [...formData.keys()].length, { httpOnly: true, sameSite: 'lax' })
  redirect('/en/check/' + steps[steps.indexOf(step) + 1])
}
`,
    'app/[lng]/page.tsx': `import { advance } from '../actions'
export default function P(){return <main><h1>Start</h1><form action={advance.bind(null, 'start')}><input name="asOf" type="date"/><button>Start</button></form></main>}
`,
    'app/[lng]/check/[step]/page.tsx': `import { cookies } from 'next/headers'
import { advance } from '../../../actions'
export default async function P({ params }: { params: Promise<{ step: string }> }){
  const { step } = await params
  const saved = (await cookies()).get('answers')?.value ?? ''
  return <main><h1>{step}</h1><p>{saved}</p><form action={advance.bind(null, step)}><input name="answer"/><button>Continue</button></form></main>
}
`,
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text)
  const built = spawnSync(next, ['build'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (built.status !== 0) throw new Error('bare app build failed')
  return dir
}

async function started(cwd: string): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort()
  const outbox = mkdtempSync(path.join(os.tmpdir(), 'smi-bench-q-outbox-'))
  const server = spawn(next, ['start', '-p', String(port)], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, OUTCOME_OUTBOX_DIR: outbox, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/en`)).status < 500) break
    } catch {}
    if (i > 600) throw new Error(`${base} did not answer`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return { base, server }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN

async function measure(name: string, cwd: string) {
  const { base, server } = await started(cwd)
  const run = async (until: number, times?: number[][]) => {
    let done = 0
    let failed = 0
    await Promise.all(
      Array.from({ length: people }, async () => {
        while (Date.now() < until) {
          try {
            await screenWithoutJs(new FormClient(base), { after: (i, ms) => times?.[i]!.push(ms) })
            done += 1
          } catch {
            failed += 1
          }
        }
      }),
    )
    return { done, failed }
  }
  await run(Date.now() + 3_000) // warm-up, not measured: the first requests load and compile the pages' modules
  const times = steps.map(() => [] as number[])
  const cpuBefore = cpuSeconds(server.pid) as number
  const t0 = Date.now()
  const { done, failed } = await run(t0 + duration, times)
  const seconds = (Date.now() - t0) / 1000
  const cpu = (cpuSeconds(server.pid) as number) - cpuBefore
  server.kill('SIGTERM')
  const row: Record<string, string | number> = {
    server: name,
    'screenings/s': Number((done / seconds).toFixed(1)),
    'CPU ms/screening': Number(((cpu * 1000) / Math.max(1, done)).toFixed(1)),
    failed,
  }
  for (const [i, step] of steps.entries()) {
    const sorted = times[i]!.sort((a, b) => a - b)
    row[`${step} p50/p99 ms`] = `${Math.round(percentile(sorted, 0.5))}/${Math.round(percentile(sorted, 0.99))}`
  }
  return row
}

if (!existsSync('.next/BUILD_ID')) {
  console.error('[bench] no build: running next build')
  if (spawnSync(next, ['build'], { stdio: 'inherit' }).status !== 0) process.exit(1)
}
console.error('[bench] building the bare Next.js app')
const bare = bareApp()
console.error(
  `[bench] ${duration / 1000} s at ${people} people at once per server, ${os.cpus().length} CPU(s), load average ${loadAverage()}`,
)
const app = await measure('next start (questionnaire)', root)
const baseline = await measure('bare Next.js forms', bare)
console.table([app, baseline].map((r) => Object.fromEntries(Object.entries(r).slice(0, 4))))
console.table(
  Object.fromEntries([app, baseline].map((r) => [r.server, Object.fromEntries(Object.entries(r).slice(4))])),
)
console.log(
  `next/bare screenings per second ${(Number(app['screenings/s']) / Number(baseline['screenings/s'])).toFixed(2)}, ` +
    `CPU per screening ${(Number(app['CPU ms/screening']) / Number(baseline['CPU ms/screening'])).toFixed(2)}×; ` +
    `load average after: ${loadAverage()}`,
)
