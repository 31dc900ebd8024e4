import { todayIso } from '../../lib/rules/dates'
import { adminBaseURL, newAdmin } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { type Scenario, screen } from '../support/flow'
import { type Browser, expect, type Page, test } from '../support/test'

test.use({ baseURL: adminBaseURL })

// Colombia, a Cuban who arrived on 10 January 2024 with a regular permit (the PPT is for Venezuelans only),
// screened with today's rules.
const cuban: Scenario = {
  host: 'CO',
  nationality: 'CU',
  arrival: { day: '10', month: '1', year: '2024' },
  statuses: ['regular_permit'],
  adult: 'yes',
}
// The server's today (Bogotá), not UTC's: between 00:00 and 05:00 UTC they differ and the publish step would fail.
const today = todayIso()

async function signedIn(browser: Browser, role: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const email = await newAdmin(page, role)
  return { context, page, email }
}

// The review page has two status regions (the confirmation and the checks' summary): name the confirmation.
const notice = (page: Page, text: string) => page.locator('#main').getByRole('status').filter({ hasText: text })

test('an editor drafts a new Colombia cutoff, another account publishes it, and the questionnaire uses it at once', async ({
  browser,
}) => {
  test.setTimeout(240_000) // five accounts, each with argon2id and a second factor, on a shared machine
  const person = await browser.newContext()
  const public1 = await person.newPage()
  await screen(public1, 'en', cuban)
  await expect(public1.getByText(/You arrived after .*2023, the last date accepted/)).toBeVisible()

  // The editor starts a draft from the version in force and moves the cutoff for Cubans, with its source.
  const editor = await signedIn(browser, 'editor')
  await editor.page.goto('/en/admin/rules')
  await expectNoAxeViolations(editor.page)
  await editor.page.getByRole('button', { name: 'Start a draft from the version in force' }).click()
  await expect(editor.page.getByRole('heading', { level: 1 })).toContainText('Draft:')
  const cutoff = editor.page.getByRole('group', { name: 'Arrival cutoff for Cuba' })
  await cutoff.getByLabel('Last arrival day that counts').fill('2024-03-31')
  await cutoff.getByLabel('Unclear whether that very day counts').uncheck()
  await cutoff.getByLabel('Source URL').fill('https://www.cancilleria.gov.co/newsroom/news/movilidad-segura-2026')
  await cutoff.getByLabel('Source title').fill('Cancillería, Movilidad Segura 2026')
  await cutoff.getByLabel('Verified on').fill(today)
  await cutoff.getByLabel('Why this value (if sources disagree)').fill('')
  await editor.page.getByLabel('Note: what changes and why').fill('Colombia: Cubans who arrived by 31 March 2024')
  await editor.page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(editor.page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  await expectNoAxeViolations(editor.page)
  const draftUrl = editor.page.url().replace(/\?.*$/, '')

  // The author sees the checks but cannot publish.
  await editor.page.getByRole('link', { name: 'Check this draft and publish it' }).click()
  await expect(editor.page.getByText('You wrote or edited this draft. Another approver must publish it.')).toBeVisible()
  await expect(editor.page.getByRole('button', { name: 'Approve this draft' })).toHaveCount(0)
  await expect(editor.page.getByRole('button', { name: 'Publish' })).toHaveCount(0)

  // Another account, an approver, checks and approves exactly what it saw, then publishes it, in force today.
  const approver = await signedIn(browser, 'approver')
  await approver.page.goto(`${draftUrl}/review`)
  await expect(approver.page.getByRole('heading', { level: 2, name: /test cases/ })).toBeVisible()
  await expect(approver.page.getByText(/cases? decides? differently/)).toBeVisible()
  await expectNoAxeViolations(approver.page)
  await approver.page.getByRole('button', { name: 'Approve this draft' }).click()
  await expect(notice(approver.page, 'You approved this draft')).toBeVisible()
  await approver.page.getByLabel('In force from').last().fill(today)
  await approver.page.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(notice(approver.page, 'Published as version')).toBeVisible()
  const version = (await notice(approver.page, 'Published as version').textContent())?.match(/version (\S+)\./)?.[1]
  expect(version).toMatch(new RegExp(`^${today}-admin-`))

  // The public questionnaire decides by the new cutoff at once (no restart, read from the database).
  const public2 = await (await browser.newContext()).newPage()
  await screen(public2, 'en', cuban)
  await expect(public2.getByText(/You arrived on or before .*2024, the last date accepted/)).toBeVisible()

  // The audit log shows both: the editor's draft and the approver's publication.
  const admin = await signedIn(browser, 'admin')
  await admin.page.goto('/en/admin/audit')
  const log = admin.page.locator('table')
  await expect(log.getByRole('row').filter({ hasText: editor.email }).filter({ hasText: 'Draft edited' })).toHaveCount(
    1,
  )
  await expect(
    log.getByRole('row').filter({ hasText: approver.email }).filter({ hasText: 'Version published' }),
  ).toHaveCount(1)
  await expectNoAxeViolations(admin.page)
  await admin.page.getByLabel('What').selectOption('draft_saved')
  await admin.page.getByLabel('Who (part of the email address)').fill(editor.email)
  await admin.page.getByRole('button', { name: 'Filter' }).click()
  await expect(admin.page.getByText('1 event (newest first, at most 200).')).toBeVisible()
  await expect(log.getByRole('row').filter({ hasText: 'Colombia: Cubans who arrived by 31 March 2024' })).toHaveCount(1)

  // Roll back: a draft with the values of the version before, approved and published by a second person, puts
  // the old cutoff back today. The approver who starts it cannot approve it.
  const previous = approver.page
    .getByRole('row')
    .filter({ hasNotText: version! })
    .filter({ hasText: 'Shipped with the app' })
    .first()
  await approver.page.goto('/en/admin/rules')
  await previous.getByRole('link').click()
  await approver.page.getByLabel('Note: what changes and why').fill('Back to the shipped Colombia cutoff')
  await approver.page.getByRole('button', { name: 'Make a draft to go back to this version' }).click()
  await expect(notice(approver.page, 'Another approver must review')).toBeVisible()
  await expect(approver.page.getByRole('button', { name: 'Approve this draft' })).toHaveCount(0)
  const rollbackUrl = approver.page.url().replace(/\?.*$/, '')
  const second = await signedIn(browser, 'approver')
  await second.page.goto(rollbackUrl)
  await second.page.getByRole('button', { name: 'Approve this draft' }).click()
  await second.page.getByLabel('In force from').last().fill(today)
  await second.page.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(notice(second.page, 'Rolled back')).toBeVisible()
  const public3 = await (await browser.newContext()).newPage()
  await screen(public3, 'en', cuban)
  await expect(public3.getByText(/You arrived after .*2023, the last date accepted/)).toBeVisible()
  await Promise.all([
    person.close(),
    editor.context.close(),
    approver.context.close(),
    admin.context.close(),
    second.context.close(),
  ])
})
