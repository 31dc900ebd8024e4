import { adminBaseURL, createAccount, enrol, newAdmin, password, setPassword, signIn } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { type Browser, expect as base, test } from '../support/test'

test.use({ baseURL: adminBaseURL })
// Several accounts, each enrolling a second factor: slow on a shared machine.
test.setTimeout(240_000)
const expect = base.configure({ timeout: 20_000 })

async function signedIn(browser: Browser, role: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const email = await newAdmin(page, role)
  return { context, page, email }
}

for (const javaScriptEnabled of [true, false]) {
  test(`an editor can reach no admin page before enrolling a second factor (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const email = `editor-2fa-${javaScriptEnabled}-${Date.now()}@example.org`
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await setPassword(page, createAccount(email, 'editor'))
    await signIn(page, email)
    await expect(page).toHaveURL(/\/en\/admin\/account\?enrol=required$/)
    await expect(page.locator('#main').getByRole('alert')).toContainText('Turn on the second factor to continue')
    for (const path of ['/en/admin', '/en/admin/rules', '/en/admin/stats', '/en/admin/rules/test-cases']) {
      const res = await context.request.get(path, { maxRedirects: 0 })
      expect([303, 307]).toContain(res.status())
      expect(res.headers()['location']).toMatch(/\/en\/admin\/account\?enrol=required$/)
    }
    const csv = await context.request.get('/en/admin/stats/export', { maxRedirects: 0 })
    expect(csv.headers()['location']).toMatch(/\/en\/admin\/account\?enrol=required$/)
    await expect(page.getByRole('navigation', { name: 'Admin area' }).getByRole('link')).toHaveText(['My account'])
    // axe runs inside the page: only with JavaScript (the same page is checked in the run with it on).
    if (javaScriptEnabled) await expectNoAxeViolations(page)
    // A wrong password keeps the factor off, and the same secret stays on the page.
    const secret = await page.getByTestId('totp-secret').textContent()
    await page.getByLabel('Your password').fill('not the password at all')
    await page.getByLabel('Code from your app').fill('123456')
    await page.getByRole('button', { name: 'Turn on the second factor' }).click()
    await expect(page.locator('#main').getByRole('alert').last()).toHaveText('That password is wrong.')
    expect(await page.getByTestId('totp-secret').textContent()).toBe(secret)
    await enrol(page, email)
    await page.goto('/en/admin/rules')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page).toHaveURL(/\/en\/admin\/rules$/)
    // The second factor is now needed to sign in.
    const other = await browser.newContext({ javaScriptEnabled })
    const again = await other.newPage()
    await again.goto('/en/admin/login')
    await again.getByLabel('Email address').fill(email)
    await again.getByLabel('Password', { exact: true }).fill(password)
    await again.getByRole('button', { name: 'Sign in' }).click()
    await expect(again.locator('#main').getByRole('alert')).toHaveText('The email address, password or code is wrong.')
    await signIn(again, email)
    await expect(again.getByRole('heading', { level: 1, name: 'Admin area', exact: true })).toBeVisible()
    await Promise.all([context.close(), other.close()])
  })
}

test('an approval is voided by an edit made after it', async ({ browser }) => {
  const editor = await signedIn(browser, 'editor')
  await editor.page.goto('/en/admin/rules')
  await editor.page.getByRole('button', { name: 'Start a draft from the version in force' }).click()
  await editor.page.getByLabel('Note: what changes and why').fill('A note the approver reviews')
  await editor.page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(editor.page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  const draftUrl = editor.page.url().replace(/\?.*$/, '')

  const approver = await signedIn(browser, 'approver')
  await approver.page.goto(`${draftUrl}/review`)
  await approver.page.getByRole('button', { name: 'Approve this draft' }).click()
  await expect(approver.page.getByTestId('approval-state')).toContainText('Approved on')
  await expect(approver.page.getByRole('button', { name: 'Publish', exact: true })).toBeVisible()

  // The author changes the note after the review: the approval is gone, nothing can be published.
  await editor.page.goto(draftUrl)
  await editor.page.getByLabel('Note: what changes and why').fill('A different note, never reviewed')
  await editor.page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(editor.page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  await approver.page.goto(`${draftUrl}/review`)
  await expect(approver.page.getByTestId('approval-state')).toHaveText(
    'Not approved yet. An approver who did not edit it must approve it first.',
  )
  await expect(approver.page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0)
  await expectNoAxeViolations(approver.page)

  const admin = await signedIn(browser, 'admin')
  await admin.page.goto('/en/admin/audit?action=approval_voided')
  await expect(admin.page.locator('table').getByRole('row').filter({ hasText: editor.email })).toHaveCount(1)
  await Promise.all([editor.context.close(), approver.context.close(), admin.context.close()])
})

test('creating an approver needs a second admin', async ({ browser }) => {
  const first = await signedIn(browser, 'admin')
  const email = `new-approver-${Date.now()}@example.org`
  await first.page.goto('/en/admin/accounts')
  await first.page.getByLabel('Email address').fill(email)
  await first.page.getByLabel('Role', { exact: true }).selectOption('approver')
  await first.page.getByRole('button', { name: 'Create and get the setup link' }).click()
  await expect(first.page.getByText(`Request saved for ${email}. Another admin must confirm it.`)).toBeVisible()
  await expect(first.page.getByTestId('setup-link')).toHaveCount(0)
  await first.page.goto('/en/admin/accounts')
  const request = first.page.getByRole('listitem').filter({ hasText: email })
  await expect(request).toContainText('You asked for it: another admin must confirm it.')
  await expect(request.getByRole('button', { name: 'Confirm' })).toHaveCount(0)
  await expect(first.page.getByRole('row').filter({ hasText: email })).toHaveCount(0)

  const second = await signedIn(browser, 'admin')
  await second.page.goto('/en/admin/accounts')
  await expectNoAxeViolations(second.page)
  await second.page.getByRole('listitem').filter({ hasText: email }).getByRole('button', { name: 'Confirm' }).click()
  const link = await second.page.getByTestId('setup-link').textContent()
  expect(link).toMatch(/\/en\/admin\/setup\?token=/)
  await second.page.goto('/en/admin/accounts')
  await expect(second.page.getByRole('row').filter({ hasText: email })).toContainText('Approver')
  await Promise.all([first.context.close(), second.context.close()])
})
