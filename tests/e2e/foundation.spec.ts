import { expect, test } from '../support/test'

test.describe('locale routing', () => {
  for (const lng of ['es', 'en', 'fr', 'ht']) {
    test(`/${lng} answers with <html lang="${lng}">`, async ({ page }) => {
      const res = await page.goto(`/${lng}`)
      expect(res?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', lng)
    })
  }

  test('"/" follows Accept-Language, then falls back to Spanish', async ({ browser }) => {
    const fr = await browser.newContext({ locale: 'fr-FR' })
    const page = await fr.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/fr$/)
    await fr.close()
    const de = await browser.newContext({ locale: 'de-DE' })
    const other = await de.newPage()
    await other.goto('/')
    await expect(other).toHaveURL(/\/es$/)
    await de.close()
  })

  test('a chosen language wins over Accept-Language on the next visit', async ({ browser }) => {
    const ctx = await browser.newContext({ locale: 'en-US' })
    const page = await ctx.newPage()
    await page.goto('/en')
    await page.getByRole('link', { name: 'Kreyòl ayisyen' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht')
    await page.goto('/')
    await expect(page).toHaveURL(/\/ht$/)
    await ctx.close()
  })
})

test('GET /api/health reports the database up', async ({ request }) => {
  const res = await request.get('/api/health')
  expect(res.status()).toBe(200)
  expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' })
})
