import { answerFacts } from '../support/flow'
import { text } from '../support/locales'
import { expect, test } from '../support/test'

async function answerCountry(page: import('../support/test').Page) {
  await page.goto('/en/check/host-country')
  await page.getByLabel('Ecuador', { exact: true }).check()
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await expect(page).toHaveURL(/nationality$/)
}

test('switching language mid-flow keeps the answers and the page', async ({ page }) => {
  await answerCountry(page)
  await page.getByRole('link', { name: 'Kreyòl ayisyen' }).click()
  await expect(page).toHaveURL(/\/ht\/check\/nationality$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ht', 'questions:nationality.title'))
  // The nationalities the rules name for the country answered before come first, in Creole.
  await expect(
    page
      .locator(`optgroup[label="${text('ht', 'questions:nationality.named', { country: 'Ekwatè' })}"] option`)
      .first(),
  ).toBeAttached()
})

test('quick exit forgets the answers and leaves for a neutral site', async ({ page, context }) => {
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ body: '<title>Neutral</title>neutral', contentType: 'text/html' }),
  )
  await answerCountry(page)
  await page.getByRole('button', { name: text('en', 'nav.quickExit') }).click()
  await expect(page).toHaveURL('https://www.google.com/')
  expect((await context.cookies()).map((c) => c.name)).not.toContain('answers')
  await page.goto('/en/check/nationality')
  await expect(page).toHaveURL(/host-country$/)
})

test('start again forgets the answers', async ({ page }) => {
  await page.goto('/en')
  await page.getByText(text('en', 'questions:start.asOf.summary')).click()
  await page.getByLabel(text('en', 'questions:start.asOf.label')).fill('2024-03-04')
  await page.getByRole('button', { name: /Start/ }).click()
  await page.getByLabel('Guatemala', { exact: true }).check()
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await page.locator('#nationality').selectOption('GT')
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await page.getByLabel(text('en', 'questions:legal-status.options.national_id.label'), { exact: true }).check()
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await page.getByLabel('Yes', { exact: true }).check()
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await answerFacts(page, 'en') // that day other programmes were open too: their questions, answered "not sure"
  await page.getByRole('button', { name: 'See my result' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'results:outcome.likely_eligible.title'))
  await page.getByRole('button', { name: text('en', 'questions:result.startAgain') }).click()
  await expect(page).toHaveURL(/\/en$/)
  await page.goto('/en/check/check-answers')
  await expect(page).toHaveURL(/host-country$/)
})

test("a typed date that does not exist is kept and explained, in the person's language", async ({ page }) => {
  await page.goto('/fr/check/host-country')
  await page.getByLabel('Colombie', { exact: true }).check()
  await page.getByRole('button', { name: 'Continuer', exact: true }).click()
  await page.locator('#nationality').selectOption('VE')
  await page.getByRole('button', { name: 'Continuer', exact: true }).click()
  await page.locator('#arrival-day').fill('31')
  await page.locator('#arrival-month').selectOption('2')
  await page.locator('#arrival-year').fill('2023')
  await page.getByRole('button', { name: 'Continuer', exact: true }).click()
  await expect(page.locator('#error-summary')).toContainText(text('fr', 'questions:errors.invalid_date'))
  await expect(page.locator('#arrival-day')).toHaveValue('31')
  await expect(page.locator('#arrival-year')).toHaveValue('2023')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page.locator('#error-summary')).toContainText(text('en', 'questions:errors.invalid_date'))
  await expect(page.locator('#arrival-day')).toHaveValue('31')
})
