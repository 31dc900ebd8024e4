// Shared steps of the admin browser tests: accounts come from the real `admin:create` command, run against
// the test server's database (scripts/with-db.mjs writes its URL to DB_URL_FILE).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { expect, type Page } from '@playwright/test'
import * as OTPAuth from 'otpauth'

const port = Number(process.env.E2E_PORT ?? 3200)
export const password = 'a long test passphrase'
/** The admin cookie is Secure in a production build: browsers accept that over plain HTTP on localhost only. */
export const adminBaseURL = `http://localhost:${port}`

/** The test server's database URL. */
export function databaseUrl(): string {
  return readFileSync(`.data/e2e-db-url-${port}`, 'utf8').trim()
}

/** Runs a TypeScript script of the app against the test server's database; returns its output. */
export function runScript(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl() },
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`)
  return r.stdout
}

/** Creates an account with `npm run admin:create`'s script and returns the setup link it prints. */
export function createAccount(email: string, role: string): string {
  const out = runScript('scripts/admin-create.ts', [
    '--email',
    email,
    '--role',
    role,
    '--lng',
    'en',
    '--base-url',
    adminBaseURL,
  ])
  const link = out.match(/https?:\/\/\S+\/admin\/setup\?token=\S+/)?.[0]
  if (!link) throw new Error(`no setup link in: ${out}`)
  return link
}

/** Uses a setup link to set the password. */
export async function setPassword(page: Page, link: string): Promise<void> {
  await page.goto(link)
  await page.getByLabel('New password').fill(password)
  await page.getByLabel('Type the password again').fill(password)
  await page.getByRole('button', { name: 'Set password' }).click()
  await expect(page.locator('#main').getByRole('status')).toContainText('Your password is set')
}

// The second-factor secrets of the accounts made here, and the last time step each has used: every code is
// accepted once, and the app allows one step of clock drift either way. A code is taken from the current step
// or the next one, never the last: the sign-in checks the password first (argon2id, seconds on a busy machine),
// and a code of the last step would be refused if the clock passed a step boundary meanwhile.
const secrets = new Map<string, { secret: string; lastStep: number }>()
const stepNow = () => Math.floor(Date.now() / 30_000)

/** A code for `email`'s second factor that has not been used yet (computed with otpauth, as an app would). */
async function nextCode(email: string): Promise<string> {
  const entry = secrets.get(email)
  if (!entry) throw new Error(`no second factor for ${email}`)
  // Both usable steps spent: wait for the clock to open the next one.
  await expect.poll(stepNow, { timeout: 35_000 }).toBeGreaterThanOrEqual(entry.lastStep)
  const step = Math.max(stepNow(), entry.lastStep + 1)
  entry.lastStep = step
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(entry.secret), timestamp: step * 30_000 })
}

/** Signs in on the English login page (with a second-factor code when the account has one). */
export async function signIn(page: Page, email: string, pass = password): Promise<void> {
  await page.goto('/en/admin/login')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(pass)
  if (secrets.has(email) && pass === password) await page.getByLabel('Authenticator code').fill(await nextCode(email))
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Enrols a second factor on the account page where `page` is, remembering its secret for later sign-ins. */
export async function enrol(page: Page, email: string): Promise<void> {
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim()
  secrets.set(email, { secret, lastStep: -1 })
  await page.getByLabel('Your password').fill(password)
  await page.getByLabel('Code from your app').fill(await nextCode(email))
  await page.getByRole('button', { name: 'Turn on the second factor' }).click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('The second factor is on.', { timeout: 20_000 })
}

/** A new account of `role`, password set, signed in on `page` (editors and up enrol their second factor first). */
export async function newAdmin(page: Page, role: string, name = role): Promise<string> {
  const email = `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`
  await setPassword(page, createAccount(email, role))
  await signIn(page, email)
  if (role !== 'viewer') {
    await expect(page).toHaveURL(/\/en\/admin\/account\?enrol=required$/)
    await enrol(page, email)
    await page.goto('/en/admin')
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
  return email
}
