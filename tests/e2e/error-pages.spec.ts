// The error pages on a real failure: a `next start` of its own (port E2E_PORT+6) whose PostgreSQL does not
// answer (a closed port), with every setting a real deployment needs. An admin page must read its session from the
// database, so it fails and app/[lng]/error.tsx renders; the result-code page says "try again" with a 503.
import { type ChildProcess, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

// @ts-expect-error plain ESM script without types
import { freePort, tempDir } from '../../scripts/embedded-db.mjs'
import { expectNoAxeViolations } from '../support/axe'
import { languages, text } from '../support/locales'
import { expect, test } from '../support/test'

test.describe.configure({ mode: 'serial', timeout: 90_000 })

const port = Number(process.env.E2E_PORT ?? 3200) + 6
const base = `http://127.0.0.1:${port}`
const root: string = tempDir('smi-error-pages-')
let server: ChildProcess | undefined

test.use({ baseURL: base })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  const secret = (name: string) => `error-pages-${name}-secret-0123456789abcdef`
  server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    stdio: 'ignore',
    env: {
      ...process.env,
      // Nothing listens there: every query fails at once, as with a database that is down.
      DATABASE_URL: `postgresql://app:app@127.0.0.1:${await freePort()}/app`,
      ANSWERS_SECRET: secret('answers'),
      OUTCOME_CODE_SECRET: secret('outcome'),
      ACCESS_CODE_SECRET: secret('access'),
      ADMIN_THROTTLE_SECRET: secret('throttle'),
      TOTP_ENCRYPTION_SECRET: secret('totp'),
      PUBLIC_BASE_URL: base,
      OUTCOME_JOBS: 'off',
      OUTCOME_OUTBOX_DIR: path.join(root, 'outbox'),
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_FILE: path.join(root, 'log'),
    },
  })
  await expect(async () =>
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ database: 'down' }),
  ).toPass({
    timeout: 90_000,
  })
})

test.afterAll(async () => {
  server?.kill('SIGTERM')
  if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve))
  rmSync(root, { recursive: true, force: true })
})

for (const lng of languages) {
  test(`${lng}: a page that fails shows the translated error page, with lang, main, Start again, axe-clean`, async ({
    page,
    context,
  }) => {
    // A session cookie makes the admin page look its session up in the database, which does not answer.
    await context.addCookies([{ name: 'smi_admin', value: 'a-session-token', url: base }])
    const res = await page.goto(`/${lng}/admin`)
    expect(res?.status()).toBe(500)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(text(lng, 'errorPage.error.title'))
    await expect(main).toContainText(text(lng, 'errorPage.error.body'))
    await expect(page.locator('html')).toHaveAttribute('lang', lng)
    await expect(main.getByRole('link', { name: text(lng, 'errorPage.startAgain') })).toHaveAttribute('href', `/${lng}`)
    await expect(page.getByRole('banner').getByRole('button', { name: text(lng, 'nav.quickExit') })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

for (const lng of ['ht', 'es'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test(`${lng}: a result code while the database does not answer: "try again", 503 (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled, baseURL: base })
      const page = await context.newPage()
      const res = await page.goto(`/${lng}/r/ABCD2345EFGH`)
      expect(res?.status()).toBe(503)
      expect(res?.headers()['retry-after']).toBe('30')
      await expect(page.locator('html')).toHaveAttribute('lang', lng)
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
        text(lng, 'result-code:unavailable.title'),
      )
      await expect(page.getByRole('link', { name: text(lng, 'errorPage.startAgain') })).toBeVisible()
      if (javaScriptEnabled) await expectNoAxeViolations(page)
      await context.close()
    })
  }
}

// The root layout failing is the one fault nothing real reaches: the test server lets a header ask for it.
for (const lng of languages) {
  test(`${lng}: when even the layout fails, global-error is translated, with lang, main and quick exit`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-smi-test-fault': 'layout' } })
    const page = await context.newPage()
    const res = await page.goto(`http://127.0.0.1:${port - 6}/${lng}/privacy`)
    expect(res?.status()).toBe(500)
    await expect(page.locator('html')).toHaveAttribute('lang', lng)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(text(lng, 'errorPage.error.title'))
    await expect(main.getByRole('link', { name: text(lng, 'errorPage.startAgain') })).toHaveAttribute('href', `/${lng}`)
    await expect(main.getByRole('button', { name: text(lng, 'nav.quickExit') })).toBeVisible()
    await expectNoAxeViolations(page)
    await context.close()
  })
}
