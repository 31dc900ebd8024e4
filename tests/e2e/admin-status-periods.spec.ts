import { adminBaseURL, newAdmin } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { expect, type Page, test } from '../support/test'

test.use({ baseURL: adminBaseURL })

const today = new Date().toISOString().slice(0, 10)
/** Saves, waits for the saved page, then loads the draft afresh (React resets a form after its action). */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  await page.goto(page.url().replace(/&done=saved.*$/, ''))
  await expect(page.locator('#main').getByRole('status')).toHaveCount(0)
}
const statusesOf = (period: ReturnType<Page['getByRole']>) =>
  period.getByRole('group', { name: 'Only for people with these statuses' })

test('an editor limits a registration period to some statuses in the draft form, and validation follows the statuses', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await newAdmin(page, 'editor')
  await page.goto('/en/admin/rules')
  await page.getByRole('button', { name: 'Start a draft from the version in force' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Draft:')
  await page.goto(`${page.url().replace(/\?.*$/, '')}?country=EC`)

  // Ecuador's rules in force end with a general closed period; add a contact phase for asylum seekers only.
  const periods = page.locator('#registrationPeriods').getByRole('group', { name: /^Registration period \d+$/ })
  const before = await periods.count()
  await page.getByRole('button', { name: 'Add a registration period' }).click()
  await expect(periods).toHaveCount(before + 1)
  await page.goto(page.url().replace(/&done=saved.*$/, ''))
  const added = periods.last()
  await added.getByLabel('Registration', { exact: true }).selectOption('contact_only')
  await added.getByLabel('From', { exact: true }).fill('2024-12-01')
  await added.getByLabel('Until (empty: no end)', { exact: true }).fill('2024-12-31')
  await statusesOf(added).getByLabel('asylum_seeker', { exact: true }).check()
  await statusesOf(added).getByLabel('refugee', { exact: true }).check()
  await added.getByLabel('Source URL', { exact: true }).fill('https://www.acnur.org/ecuador/contacto-movilidad-segura')
  await added.getByLabel('Source title', { exact: true }).fill('ACNUR Ecuador: contact phase')
  await added.getByLabel('Verified on', { exact: true }).fill(today)
  await page.getByLabel('Note: what changes and why').fill('Ecuador: contact phase for refugee claims only')
  await save(page)

  // Saved as ticked; overlapping the general closed period is allowed because the audience differs.
  const saved = periods.last()
  await expect(statusesOf(saved).getByLabel('asylum_seeker', { exact: true })).toBeChecked()
  await expect(statusesOf(saved).getByLabel('refugee', { exact: true })).toBeChecked()
  await expect(statusesOf(saved).getByLabel('regularization_applied', { exact: true })).not.toBeChecked()
  await expect(page.getByText('Two registration periods overlap.')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Untick one status: the period keeps the other.
  await statusesOf(saved).getByLabel('refugee', { exact: true }).uncheck()
  await save(page)
  await expect(statusesOf(periods.last()).getByLabel('asylum_seeker', { exact: true })).toBeChecked()
  await expect(statusesOf(periods.last()).getByLabel('refugee', { exact: true })).not.toBeChecked()

  // Untick all: the period is for everyone and now overlaps the general closed period.
  await statusesOf(periods.last()).getByLabel('asylum_seeker', { exact: true }).uncheck()
  await save(page)
  await expect(page.locator('#main').getByRole('alert')).toContainText('Ecuador: Two registration periods overlap')
  await expect(page.getByText('Two registration periods overlap.').first()).toBeVisible()
  await expect(statusesOf(periods.last()).getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expectNoAxeViolations(page)
})
