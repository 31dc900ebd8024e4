import { expect, type Page, test } from '@playwright/test'

import { adminBaseURL, newAdmin } from './admin-helpers'
import { expectNoAxeViolations } from './support/axe'

test.use({ baseURL: adminBaseURL })

const today = new Date().toISOString().slice(0, 10)
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
  await page.getByRole('button', { name: 'Add a registration period' }).click()
  const periods = page.locator('#registrationPeriods').getByRole('group', { name: /^Registration period \d+$/ })
  const added = periods.last()
  await added.getByLabel('Registration').selectOption('contact_only')
  await added.getByLabel('From').fill('2024-12-01')
  await added.getByLabel('Until (empty: no end)').fill('2024-12-31')
  await statusesOf(added).getByLabel('asylum_seeker', { exact: true }).check()
  await statusesOf(added).getByLabel('refugee', { exact: true }).check()
  await added.getByLabel('Source URL').fill('https://www.acnur.org/ecuador/contacto-movilidad-segura')
  await added.getByLabel('Source title').fill('ACNUR Ecuador: contact phase')
  await added.getByLabel('Verified on').fill(today)
  await page.getByLabel('Note: what changes and why').fill('Ecuador: contact phase for refugee claims only')
  await page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')

  // Saved as ticked; overlapping the general closed period is allowed because the audience differs.
  const saved = periods.last()
  await expect(statusesOf(saved).getByLabel('asylum_seeker', { exact: true })).toBeChecked()
  await expect(statusesOf(saved).getByLabel('refugee', { exact: true })).toBeChecked()
  await expect(statusesOf(saved).getByLabel('regularization_applied', { exact: true })).not.toBeChecked()
  await expect(page.getByText('Two registration periods overlap.')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // Untick one status: the period keeps the other.
  await statusesOf(saved).getByLabel('refugee', { exact: true }).uncheck()
  await page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  await expect(statusesOf(periods.last()).getByLabel('asylum_seeker', { exact: true })).toBeChecked()
  await expect(statusesOf(periods.last()).getByLabel('refugee', { exact: true })).not.toBeChecked()

  // Untick all: the period is for everyone and now overlaps the general closed period.
  await statusesOf(periods.last()).getByLabel('asylum_seeker', { exact: true }).uncheck()
  await page.getByRole('button', { name: 'Save draft' }).first().click()
  await expect(page.locator('#main').getByRole('status')).toHaveText('The draft is saved.')
  await expect(page.getByRole('alert')).toContainText('registrationPeriods')
  await expect(page.getByText('Two registration periods overlap.').first()).toBeVisible()
  await expect(statusesOf(periods.last()).getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expectNoAxeViolations(page)
})
