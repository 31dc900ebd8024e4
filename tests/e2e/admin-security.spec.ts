import AxeBuilder from '@axe-core/playwright'

import { adminBaseURL, createAccount, enrol, newAdmin, setPassword, signIn } from '../support/admin-helpers'
import { expect, test } from '../support/test'

test.use({ baseURL: adminBaseURL })

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('without a session, an admin page sends you to the login page', async ({ page }) => {
  await page.goto('/es/admin/audit')
  await expect(page).toHaveURL(/\/es\/admin\/login$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})

test('a signed-in account without the role gets 403', async ({ browser }) => {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await newAdmin(page, 'editor')
  const res = await page.goto('/en/admin/accounts')
  expect(res?.status()).toBe(403)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot open this page')
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([])
  await ctx.close()
})

test('the session cookie is HttpOnly and SameSite=Lax, and changes at each login', async ({ browser }) => {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  const email = await newAdmin(page, 'viewer')
  const first = (await ctx.cookies()).find((c) => c.name.includes('smi_admin'))
  expect(first).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  await signIn(page, email)
  await expect(page.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
  const second = (await ctx.cookies()).find((c) => c.name.includes('smi_admin'))
  expect(second?.value).not.toBe(first?.value)
  // The old token no longer opens anything.
  const old = await browser.newContext()
  await old.addCookies([{ ...first!, sameSite: 'Lax' }])
  const oldPage = await old.newPage()
  await oldPage.goto('/en/admin')
  await expect(oldPage).toHaveURL(/\/admin\/login$/)
  await Promise.all([ctx.close(), old.close()])
})

test('an attacker failing on an account is slowed down, and its owner still signs in', async ({ browser }) => {
  test.setTimeout(120_000) // every sign-in checks an argon2id hash
  const owner = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.10' } })
  const ownerPage = await owner.newPage()
  const email = `attacked-${Date.now()}@example.org`
  await setPassword(ownerPage, createAccount(email, 'viewer'))
  // One attacker address: refused with a 429 page after five guesses, even with the right password.
  const fixed = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.66' } })
  const attacker = await fixed.newPage()
  for (let i = 0; i < 5; i++) {
    await signIn(attacker, email, 'wrong password')
    await expect(attacker.locator('#main').getByRole('alert')).toHaveText(
      'The email address, password or code is wrong.',
    )
  }
  await signIn(attacker, email)
  await expect(attacker.getByRole('heading', { level: 1 })).toHaveText('Too many attempts')
  expect((await new AxeBuilder({ page: attacker }).withTags(tags).analyze()).violations).toEqual([])
  // An attacker rotating addresses keeps failing on the same account...
  const rotating = await (await browser.newContext()).newPage()
  for (let i = 0; i < 6; i++) {
    await rotating.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${i + 1}` })
    await signIn(rotating, email, `guess ${i}`)
    await expect(rotating.locator('#main').getByRole('alert')).toHaveText(
      'The email address, password or code is wrong.',
    )
    // ...while the owner, from a client that has not been failing, gets in every time.
    if (i % 3 === 2) {
      await signIn(ownerPage, email)
      await expect(ownerPage.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
    }
  }
  await Promise.all([owner.close(), fixed.close(), rotating.context().close()])
})

test('a cross-site POST to the login action is refused', async ({ browser }) => {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  const email = `csrf-${Date.now()}@example.org`
  await setPassword(page, createAccount(email, 'viewer'))
  await page.goto('/en/admin/login')
  // The no-JavaScript form carries its server action in hidden fields; replay it from another origin.
  const hidden = await page
    .locator('form input[type=hidden]')
    .evaluateAll((inputs) =>
      Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
    )
  expect(Object.keys(hidden).some((name) => name.startsWith('$ACTION'))).toBe(true)
  const form = { ...hidden, email, password: 'a long test passphrase' }
  const res = await ctx.request.post('/en/admin/login', {
    headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    multipart: form,
    maxRedirects: 0,
  })
  // The same request from this site signs in: the refusal above is about the origin, not the form.
  const same = await ctx.request.post('/en/admin/login', {
    headers: { Origin: adminBaseURL, 'Sec-Fetch-Site': 'same-origin' },
    multipart: form,
    maxRedirects: 0,
  })
  expect(same.status()).toBe(303)
  expect(res.status()).toBeGreaterThanOrEqual(400)
  expect(res.headers()['set-cookie'] ?? '').not.toContain('smi_admin')
  await ctx.close()
})

test('a script in a draft note is shown as text and never runs', async ({ browser }) => {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await newAdmin(page, 'editor')
  await page.goto('/en/admin/rules')
  await page.getByRole('button', { name: 'Start a draft from the version in force' }).click()
  const note = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
  await page.getByLabel('Note: what changes and why').fill(note)
  await page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Draft: ${note}`)
  await page.goto('/en/admin/rules')
  await expect(page.getByRole('link', { name: note })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('#main script, #main img').count()).toBe(0)
  await ctx.close()
})

test('the admin pages work without JavaScript: set a password, sign in, enrol, save a draft', async ({ browser }) => {
  test.setTimeout(120_000) // argon2id on every step, on a shared machine
  const ctx = await browser.newContext({ javaScriptEnabled: false })
  const page = await ctx.newPage()
  const email = `nojs-${Date.now()}@example.org`
  await setPassword(page, createAccount(email, 'editor'))
  await signIn(page, email)
  await expect(page).toHaveURL(/\/en\/admin\/account\?enrol=required$/)
  await enrol(page, email)
  await page.goto('/en/admin')
  await expect(page.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
  await page.goto('/en/admin/rules')
  await page.getByRole('button', { name: 'Start a draft from the version in force' }).click()
  await page.getByLabel('Note: what changes and why').fill('Without JavaScript')
  await page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  await ctx.close()
})

for (const lng of ['es', 'en', 'fr', 'ht']) {
  test(`${lng}: the login and rules pages are translated and axe-clean`, async ({ browser }) => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await page.goto(`/${lng}/admin/login`)
    await expect(page.locator('html')).toHaveAttribute('lang', lng)
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([])
    await newAdmin(page, 'approver')
    await page.goto(`/${lng}/admin/rules`)
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([])
    await page.goto(
      `/${lng}/admin/rules/preview?asOf=2024-03-04&hostCountry=CO&nationality=VE&arrivalDate=2023-01-10&statuses=ppt&adult=yes`,
    )
    await expect(page.getByTestId('evaluation')).toContainText('likely_eligible')
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([])
    await ctx.close()
  })
}

test('an administrator creates an account on the accounts page; its setup link works once', async ({ browser }) => {
  const adminCtx = await browser.newContext()
  const admin = await adminCtx.newPage()
  await newAdmin(admin, 'admin')
  await admin.goto('/en/admin/accounts')
  const email = `viewer-${Date.now()}@example.org`
  await admin.getByLabel('Email address').fill(email)
  await admin.getByLabel('Role', { exact: true }).selectOption('viewer')
  await admin.getByRole('button', { name: 'Create and get the setup link' }).click()
  const link = await admin.getByTestId('setup-link').textContent()
  expect(link).toMatch(/\/en\/admin\/setup\?token=/)
  expect((await new AxeBuilder({ page: admin }).withTags(tags).analyze()).violations).toEqual([])

  const viewerCtx = await browser.newContext()
  const viewer = await viewerCtx.newPage()
  await setPassword(viewer, link!)
  await signIn(viewer, email)
  await expect(viewer.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
  expect((await viewer.goto('/en/admin/rules/test-cases'))?.status()).toBe(403)
  await viewer.goto(link!)
  await viewer.getByLabel('New password').fill('another long passphrase')
  await viewer.getByLabel('Type the password again').fill('another long passphrase')
  await viewer.getByRole('button', { name: 'Set password' }).click()
  await expect(viewer.locator('#main').getByRole('alert')).toContainText('This link does not work any more')
  await Promise.all([adminCtx.close(), viewerCtx.close()])
})

test('"sign out everywhere" ends the sessions on the other devices too', async ({ browser }) => {
  const laptop = await browser.newContext()
  const page = await laptop.newPage()
  const email = await newAdmin(page, 'viewer')
  const tablet = await browser.newContext()
  const other = await tablet.newPage()
  await signIn(other, email)
  await expect(other.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
  await page.goto('/en/admin/account')
  await page.getByRole('button', { name: 'Sign out everywhere' }).click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('You are signed out on every device.')
  await other.goto('/en/admin')
  await expect(other).toHaveURL(/\/en\/admin\/login$/)
  await Promise.all([laptop.close(), tablet.close()])
})
