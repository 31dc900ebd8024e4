// The admin side of "nobody misled": the draft's problems by name, what a draft changes (old → new, new source),
// and an audit log that reads as words (shelter events included).
import { adminBaseURL, newAdmin } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { expect, test } from '../support/test'

test.use({ baseURL: adminBaseURL })

test('8: draft problems by name, old → new with the new source on review, readable audit log', async ({ browser }) => {
  test.setTimeout(120_000)
  const editor = await (await browser.newContext()).newPage()
  await newAdmin(editor, 'editor')
  await editor.goto('/en/admin/rules')
  await editor.getByRole('button', { name: 'Start a draft from the version in force' }).click()
  const age = editor.getByRole('group', { name: 'Minimum age' })
  await age.getByLabel('Years').fill('17')
  await age.getByLabel('Source URL').fill('https://example.org/age-rule')
  await age.getByLabel('Source title').fill('Example age rule')
  await editor.getByLabel('Note: what changes and why').fill('Colombia: minimum age 17 (test)')
  await editor.getByRole('button', { name: 'Save draft' }).first().click()
  // Changed without a new "verified on" day: the summary names the place, not a path or a code.
  const summary = editor.locator('#main').getByRole('alert')
  await expect(summary).toContainText('Colombia · Minimum age · Verified on')
  await expect(summary).toContainText('A value changed: enter the day you checked its source.')
  await expect(summary).not.toContainText('CO.minimumAge')
  await expectNoAxeViolations(editor)

  await editor.getByRole('link', { name: 'Check this draft and publish it' }).click()
  const changes = editor.getByTestId('draft-changes')
  const row = changes.getByRole('row').filter({ hasText: 'Colombia · Minimum age · Years' })
  await expect(row).toContainText('18')
  await expect(row).toContainText('17')
  await expect(row.getByRole('link', { name: 'Example age rule' })).toHaveAttribute(
    'href',
    'https://example.org/age-rule',
  )
  await expectNoAxeViolations(editor)

  const admin = await (await browser.newContext()).newPage()
  await newAdmin(admin, 'admin')
  await admin.goto('/en/admin/audit')
  await expect(admin.getByLabel('What').locator('option', { hasText: 'Shelter added' })).toHaveCount(1)
  await expect(admin.getByLabel('What').locator('option', { hasText: 'Access code revoked' })).toHaveCount(1)
  const draftRow = admin.locator('table').getByRole('row').filter({ hasText: 'Draft started' }).first()
  await expect(draftRow).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/)
  await expectNoAxeViolations(admin)
})
