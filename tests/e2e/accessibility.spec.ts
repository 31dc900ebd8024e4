import { expectNoAxeViolations } from '../support/axe'
import { type Scenario, screen } from '../support/flow'
import { languages, text } from '../support/locales'
import { expect, type Page, test } from '../support/test'

// Every page of the flow in every language: start, each question (incl. the registration-date follow-up),
// an error state, check your answers and each outcome. The flow helper runs axe on every page it passes.
const withFollowUp: Scenario = {
  host: 'EC',
  nationality: 'CU',
  arrival: { day: '2', month: '9', year: '2023' },
  statuses: ['asylum_seeker'],
  registered: { asylum_seeker: { month: '10', year: '2023' } },
  adult: 'yes',
}
const outcomes: Record<string, Scenario> = {
  likely_eligible: {
    asOf: '2024-03-04',
    host: 'CO',
    nationality: 'VE',
    arrival: { month: '1', year: '2023' },
    statuses: ['ppt'],
    adult: 'yes',
  },
  not_eligible: { asOf: '2024-03-04', host: 'CO', nationality: 'DE', statuses: ['none'], adult: 'yes' },
  needs_more_information: {
    asOf: '2024-03-04',
    host: 'GT',
    nationality: 'GT',
    statuses: ['national_id'],
    adult: 'unsure',
  },
}

for (const lng of languages) {
  test(`${lng}: every question page and an error state have no WCAG 2.2 AA violations`, async ({ page }) => {
    test.setTimeout(120_000) // an axe scan on every question page, fact questions included, on 2 shared cores
    await page.goto(`/${lng}/check/host-country`)
    await page.getByRole('button', { name: text(lng, 'questions:continue'), exact: true }).click()
    await expect(page.locator('#error-summary')).toBeVisible()
    await expectNoAxeViolations(page)
    await screen(page, lng, withFollowUp, { axe: true })
    await expectNoAxeViolations(page)
  })

  test(`${lng}: error pages and the early-stop pages have no WCAG 2.2 AA violations`, async ({ browser }) => {
    test.setTimeout(120_000) // ten axe scans on 2 shared cores
    for (const withScripts of [true, false]) {
      // "Without JavaScript": the app's scripts are blocked, so the page stays the server's HTML (axe itself is
      // injected by Playwright and still runs).
      const context = await browser.newContext()
      if (!withScripts) await context.route('**/_next/static/**/*.js', (route) => route.abort())
      const page = await context.newPage()
      for (const path of [`/${lng}/check/no-such-question`, `/${lng}/no/such/page`, `/${lng}/r/ZZZZZZZZ`]) {
        await page.goto(path)
        await expect(page.getByRole('main')).toBeVisible()
        await expectNoAxeViolations(page)
      }
      await page.context().setExtraHTTPHeaders({ 'accept-language': lng })
      await page.goto('/api/no-such-thing')
      await expect(page.locator('html')).toHaveAttribute('lang', lng)
      await expectNoAxeViolations(page)
      // "Another country" and "stateless" end on their own result page.
      await page.goto(`/${lng}/check/host-country`)
      await page.getByLabel(text(lng, 'questions:host-country.other'), { exact: true }).check()
      await page.locator('#elsewhere').selectOption('PE')
      await page.getByRole('button', { name: text(lng, 'questions:continue'), exact: true }).click()
      await expect(page).toHaveURL(/\/check\/stop$/)
      await expectNoAxeViolations(page)
      await page.goto(`/${lng}/check/host-country`)
      await page.getByLabel(text(lng, 'questions:host-country.options.GT'), { exact: true }).check()
      await page.getByRole('button', { name: text(lng, 'questions:continue'), exact: true }).click()
      await page.locator('#nationality').selectOption('stateless')
      await page.getByRole('button', { name: text(lng, 'questions:continue'), exact: true }).click()
      await expect(page).toHaveURL(/\/check\/stop$/)
      await expectNoAxeViolations(page)
    }
  })

  test(`${lng}: every outcome page has no WCAG 2.2 AA violations`, async ({ page }) => {
    for (const person of Object.values(outcomes)) {
      await screen(page, lng, person)
      await expectNoAxeViolations(page)
    }
  })
}

test('the error summary takes focus and links to the field to fix', async ({ page }) => {
  await page.goto('/en/check/host-country')
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await expect(page.locator('#error-summary')).toBeFocused()
  await page.getByRole('link', { name: text('en', 'questions:errors.choose_host_country') }).click()
  await expect(page).toHaveURL(/#hostCountry$/)
})

test('the whole flow works with the keyboard alone', async ({ page }) => {
  await page.goto('/en')
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key)
  }
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 60; i++) {
      await press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        const label = el && 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : null
        return (label ?? el?.textContent ?? '').trim()
      })
      if (typeof name === 'string' ? focused === name : name.test(focused)) return
    }
    throw new Error(`could not reach ${name} with Tab`)
  }
  await tabTo(/^Start/)
  await press('Enter')
  await expect(page).toHaveURL(/host-country$/)
  await tabTo('Colombia')
  await press('Space')
  await tabTo('Continue')
  await press('Enter')
  await expect(page).toHaveURL(/nationality$/)
  await page.locator('#nationality').focus()
  await page.keyboard.type('Venezuela')
  await tabTo('Continue')
  await press('Enter')
  await expect(page).toHaveURL(/arrival-date$/)
  await tabTo("I'm not sure")
  await press('Enter')
  await expect(page).toHaveURL(/legal-status$/)
  await tabTo('PPT (Temporary Protection Permit)')
  await press('Space')
  await tabTo('Continue')
  await press('Enter')
  await expect(page).toHaveURL(/adult$/)
  await tabTo('Yes')
  await press('Space')
  await tabTo('Continue')
  await press('Enter')
  // Colombia's Visa V has no known end, so its one question is asked today.
  await expect(page).toHaveURL(/fact-has-other-nationality$/)
  await tabTo('Yes')
  await press('ArrowDown') // radios of one group: the arrow moves to "No" and checks it
  await expect(page.getByLabel('No', { exact: true })).toBeChecked()
  await tabTo('Continue')
  await press('Enter')
  await tabTo('See my result')
  await press('Enter')
  await expect(page).toHaveURL(/result$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    text('en', 'results:outcome.registration_closed.title'),
  )
})

async function expectFitsAndTargets(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0)
  const small = await page.$$eval(
    'button, select, summary, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), input[type=radio] + div > label, input[type=checkbox] + div > label, header a, main > a, dd a',
    (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height < 44)
        .map((el) => el.outerHTML.slice(0, 80)),
  )
  expect(small, `${page.url()} has touch targets under 44 px`).toEqual([])
}

test('at 320 px wide (and so at 200% zoom) nothing scrolls sideways and touch targets are 44 px', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  for (const lng of languages) {
    await page.goto(`/${lng}`)
    await expectFitsAndTargets(page)
    await page.getByRole('button', { name: new RegExp(text(lng, 'questions:start.button')) }).click()
    await expectFitsAndTargets(page)
  }
  await context.close()
})
