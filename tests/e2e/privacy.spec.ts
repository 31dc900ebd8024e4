import AxeBuilder from '@axe-core/playwright'

import { expect, test } from '../support/test'

const expected = {
  es: { heading: 'Privacidad: qué guardamos', months: '24 meses' },
  en: { heading: 'Privacy: what we keep', months: '24 months' },
  fr: { heading: 'Confidentialité : ce que nous conservons', months: '24 mois' },
  ht: { heading: 'Konfidansyalite: sa nou kenbe', months: '24 mwa' },
} as const

test.describe('privacy page', () => {
  for (const [lng, { heading, months }] of Object.entries(expected)) {
    test(`/${lng}/privacy says what is kept and for how long, and passes axe`, async ({ browser }) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const res = await page.goto(`/${lng}/privacy`)
      expect(res?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByText(months)).toBeVisible()
      await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(12 + 3)
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(axe.violations).toEqual([])
      await context.close()
    })
  }
})
