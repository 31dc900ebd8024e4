// Every programme in the questionnaire and on the result: a screening today asks what it asked before and shows
// each programme's honest state; a past day asks a programme's fact only while it can change that programme's result.
import type { Page } from '@playwright/test'

import { expectNoAxeViolations } from '../support/axe'
import { type Scenario, screen } from '../support/flow'
import { languages, type Lng, text } from '../support/locales'
import { expect, test } from '../support/test'

const p = (lng: Lng, key: string) => text(lng, `programmes:${key}`)
/** Every shipped programme but Safe Mobility (its result comes first, as before). */
const others = [
  'ca-humanitarian-family-2023',
  'ca-empp',
  'es-smo-referral',
  'cr-cet-2023',
  'co-etpv-rumv',
  'co-pep-tutor-2025',
  'co-visa-v-2024',
  'ec-virte-2022',
  'ec-virte-2023-other-nationalities',
  'ec-virte-ii-2024',
  'gt-trabajo-temporal-mintrab',
]

const nicaraguanToday: Scenario = {
  host: 'CR',
  nationality: 'NI',
  arrival: { month: '4', year: '2019' },
  statuses: ['asylum_seeker'],
  registered: { asylum_seeker: { month: '5', year: '2019' } },
  adult: 'yes',
}

const venezuelanInColombia = (asOf: string, facts: Scenario['facts'] = {}): Scenario => ({
  asOf,
  host: 'CO',
  nationality: 'VE',
  arrival: { month: '1', year: '2023' },
  statuses: ['ppt'],
  adult: 'yes',
  facts,
})

/** The outcome line shown for a programme's section. */
const outcomeOf = (page: Page, id: string) =>
  page.locator(`article[data-programme="${id}"]`).getByTestId('programme-outcome')

async function expectEveryProgrammeListed(page: Page) {
  const listed = await page
    .locator('[data-testid="programmes"] [data-programme]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-programme')))
  // Every shipped programme, once; a programme an admin published in this test database may be listed too.
  expect(listed).toEqual(expect.arrayContaining(others))
  expect(new Set(listed).size).toBe(listed.length)
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    for (const lng of ['ht', 'es'] as const) {
      test(`${lng}: a screening today asks no more than before and lists every programme with its state`, async ({
        page,
      }) => {
        test.setTimeout(90_000)
        const asked = await screen(page, lng, nicaraguanToday)
        expect(asked).toEqual([])
        await expectEveryProgrammeListed(page)
        await expect(outcomeOf(page, 'cr-cet-2023')).toHaveText(p(lng, 'result.outcome.registration_closed'))
        await expect(outcomeOf(page, 'es-smo-referral')).toHaveText(p(lng, 'result.outcome.registration_closed'))
        // Not for a Nicaraguan: one line saying so.
        await expect(
          page.locator('[data-testid="programmes-not-for-you"] [data-programme="ca-humanitarian-family-2023"]'),
        ).toContainText(text(lng, 'programmes:programme.ca-humanitarian-family-2023.name'))
      })

      test(`${lng}: a past day asks a fact only while it can change a programme's result`, async ({ page }) => {
        test.setTimeout(180_000) // three whole screenings on 2 shared cores
        // 1 December 2023: Canada's family pathway and its EMPP both take applications.
        const noFamily = await screen(page, lng, venezuelanInColombia('2023-12-01', { 'family-in-canada': 'no' }))
        // Without family in Canada its other questions cannot change anything: not asked. The EMPP's still can.
        expect(noFamily[0]).toBe('family-in-canada')
        expect(noFamily).not.toContain('anchor-signs-support-declaration')
        expect(noFamily).toContain('canadian-job-offer-or-skills-stream')
        await expect(outcomeOf(page, 'ca-humanitarian-family-2023')).toHaveText(p(lng, 'result.outcome.not_eligible'))
        const family = await screen(
          page,
          lng,
          venezuelanInColombia('2023-12-01', {
            'family-in-canada': 'yes',
            'anchor-signs-support-declaration': 'yes',
            'plans-to-live-outside-quebec': 'yes',
            'has-valid-travel-document': 'yes',
          }),
        )
        expect(family.slice(0, 4)).toEqual([
          'family-in-canada',
          'anchor-signs-support-declaration',
          'plans-to-live-outside-quebec',
          'has-valid-travel-document',
        ])
        await expect(outcomeOf(page, 'ca-humanitarian-family-2023')).toHaveText(
          p(lng, 'result.outcome.likely_eligible'),
        )
        // Two weeks after its intake paused, the family pathway asks nothing.
        const later = await screen(page, lng, venezuelanInColombia('2024-01-15'))
        expect(later).not.toContain('family-in-canada')
        await expect(outcomeOf(page, 'ca-humanitarian-family-2023')).toHaveText(
          p(lng, 'result.outcome.registration_closed'),
        )
      })
    }
  })
}

for (const lng of languages) {
  test(`${lng}: the fact question and the programmes on the result are axe clean, and fit 320 px`, async ({ page }) => {
    test.setTimeout(180_000) // axe on every page, on 2 shared cores
    await page.setViewportSize({ width: 320, height: 640 })
    await screen(page, lng, venezuelanInColombia('2023-12-01', { 'family-in-canada': 'no' }), { axe: true })
    await expectEveryProgrammeListed(page)
    await expectNoAxeViolations(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
}
