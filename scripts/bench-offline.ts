// `npm run bench:offline`: bytes over the network of the first visit (before `load`, then the background download
// that makes the language work offline), and of one whole screening: the server's pages without a service worker,
// the questionnaire in the browser online, and the same with the network off. Needs `npm run build` first.
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { type BrowserContext, chromium, type Page } from '@playwright/test'

import { answerQuestions, type Scenario } from '../tests/support/flow'
import { text } from '../tests/support/locales'
// @ts-expect-error plain ESM script without types
import { freePort } from './embedded-db.mjs'

const person: Scenario = {
  host: 'CO',
  nationality: 'VE',
  arrival: { day: '10', month: '1', year: '2023' },
  statuses: ['ppt'],
  adult: 'yes',
}

/**
 * Counts what reaches the network: page requests not answered by the service worker, and the worker's own. Each
 * request counts in the phase it finished in, so a download that follows `load` by a few milliseconds is not taken
 * for part of the first page.
 */
function meter(context: BrowserContext) {
  let phase = 0
  const totals: { bytes: number; requests: number }[] = []
  context.on('requestfinished', (request) => {
    const at = phase
    void (async () => {
      const response = await request.response()
      if (!response || response.fromServiceWorker()) return
      const sizes = await request.sizes()
      const total = (totals[at] ??= { bytes: 0, requests: 0 })
      total.bytes +=
        sizes.requestHeadersSize + sizes.requestBodySize + sizes.responseHeadersSize + sizes.responseBodySize
      total.requests += 1
      if (process.env.BENCH_VERBOSE) console.log(at, request.method(), request.url(), sizes.responseBodySize)
    })()
  })
  const settle = () => new Promise((r) => setTimeout(r, 1500))
  return {
    /**
     * The phase so far, once its last requests are in, and the next phase begins. `now`: the next phase begins at
     * once (the first visit ends at `load`; what follows is the background download).
     */
    async take({ now = false } = {}): Promise<{ kB: string; requests: number }> {
      const at = now ? phase++ : phase
      await settle()
      if (!now) phase++
      const { bytes, requests } = totals[at] ?? { bytes: 0, requests: 0 }
      return { kB: (bytes / 1000).toFixed(1), requests }
    },
  }
}

async function start(page: Page, device: boolean) {
  await page.goto('/en')
  if (device) await page.locator('html[data-offline-ready="en"]').waitFor({ state: 'attached', timeout: 30_000 })
  await page.getByRole('button', { name: new RegExp(text('en', 'questions:start.button')) }).click()
  await answerQuestions(page, 'en', person, { mode: device ? 'device' : 'check' })
}

const port = await freePort()
const server: ChildProcess = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
const baseURL = `http://127.0.0.1:${port}`
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
})
try {
  for (
    let i = 0;
    !(await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 120) throw new Error('the server did not start')
    await new Promise((r) => setTimeout(r, 500))
  }
  const rows: Record<string, { kB: string; requests: number }> = {}

  const plain = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  const plainMeter = meter(plain)
  await start(await plain.newPage(), false)
  rows['whole screening, server pages (no service worker)'] = await plainMeter.take()

  const context = await browser.newContext({ baseURL })
  const m = meter(context)
  const page = await context.newPage()
  await page.goto('/en', { waitUntil: 'load' })
  rows['first visit /en until load'] = await m.take({ now: true })
  await page.locator('html[data-offline-ready="en"]').waitFor({ state: 'attached', timeout: 30_000 })
  rows['background download after load (worker + offline bundle, en)'] = await m.take()
  await start(page, true)
  rows['whole screening in the browser, online'] = await m.take()
  await context.setOffline(true)
  await start(page, true)
  rows['whole screening in the browser, offline'] = await m.take()
  console.table(rows)
} finally {
  await browser.close()
  server.kill('SIGTERM')
}
