import { readFileSync } from 'node:fs'

import { adminBaseURL, newAdmin, runScript } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { languages, text } from '../support/locales'
import { type APIRequestContext, type Browser, expect, test } from '../support/test'

test.use({ baseURL: adminBaseURL })

/** A browser context with a viewer (the lowest admin role) signed in; optionally continuing without JavaScript. */
async function viewer(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await newAdmin(page, 'viewer')
  if (options.javaScriptEnabled !== false) return { context, page }
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() })
  await context.close()
  const next = await noJs.newPage()
  await next.goto('/en/admin')
  return { context: noJs, page: next }
}

// Outcomes only this spec creates (Hondurans screened in Guatemala as of July 2023), through the public API,
// so that other specs' screenings cannot change these counts: 9 likely eligible, 6 not eligible (under 18),
// 3 needing more information (age unsure). The 3 must show as "<5", and the 6 be hidden with it.
async function screenHondurans(request: APIRequestContext) {
  const people = [...Array(9).fill('yes'), ...Array(6).fill('no'), ...Array(3).fill('unsure')] as string[]
  const key = runScript('scripts/api-key-create.ts', ['--client', 'e2e stats']).trim().split('\n').at(-1)
  for (const adult of people) {
    const res = await request.post('/api/v1/screenings', {
      headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': '10.250.0.1' },
      data: {
        asOf: '2023-07-01',
        locale: 'es',
        answers: { hostCountry: 'GT', nationality: 'HN', statuses: [{ code: 'national_id' }], adult },
      },
    })
    expect(res.status()).toBe(201)
  }
}

/** The cells of a CSV file (RFC 4180 quoting). */
function csvCells(csv: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      rows.at(-1)!.push(cell)
      cell = ''
    } else if (c === '\n') {
      rows.at(-1)!.push(cell.replace(/\r$/, ''))
      cell = ''
      rows.push([])
    } else cell += c
  }
  return rows.filter((r) => r.length > 0)
}

test.describe('viewer', () => {
  // One worker seeds once, then runs the test; the accessibility tests below need no data of their own.
  test.describe.configure({ mode: 'serial' })
  test.beforeAll(async ({ request }) => {
    await screenHondurans(request)
  })

  test('filters the dashboard, exports the CSV, and no count of 1–4 is in it', async ({ browser }) => {
    test.slow() // two browser contexts, a download and axe
    // Without JavaScript: the filters are a plain GET form and the CSV a plain link.
    const { context, page } = await viewer(browser, { javaScriptEnabled: false })
    await page.getByRole('navigation', { name: 'Admin area' }).getByRole('link', { name: 'Statistics' }).click()
    await page.getByRole('link', { name: 'Nationality' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Screening statistics' })).toBeVisible()

    // Filter with the GET form, as without JavaScript.
    await page.getByRole('combobox', { name: 'Host country' }).selectOption('GT')
    await page.getByRole('combobox', { name: 'Nationality' }).selectOption('HN')
    await page.getByRole('button', { name: 'Show' }).click()
    await expect(page).toHaveURL(/hostCountry=GT/)
    await expect(page).toHaveURL(/nationality=HN/)
    const row = page.getByRole('row', { name: /Honduras \(HN\)/ })
    await expect(row.getByRole('cell')).toHaveText(['9', 'hidden', '0', '<5', '9'])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download this table (CSV)' }).click(),
    ])
    const cells = csvCells(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''))
    expect(cells.flat().filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([])
    expect(cells).toContainEqual(['Filters', 'Host country: Guatemala', 'Nationality: Honduras (HN)'])
    expect(cells.find((r) => r[0] === 'Rules versions in these counts')).toContain('2023-06-12-launch')
    expect(cells).toContainEqual(['Honduras (HN)', '9', 'hidden', '0', '<5', '9'])

    // The programme view keeps the filters: Safe Mobility's counts beside each programme of Guatemala, suppressed
    // as one table (more cells hide there than in Safe Mobility's own table).
    await page.getByRole('link', { name: 'Programme', exact: true }).click()
    await expect(page).toHaveURL(/view=programme/)
    const safeMobility = page.getByRole('row', { name: /Safe Mobility Offices \(United States\)/ })
    await expect(safeMobility.getByRole('cell')).toHaveCount(5)
    await expect(safeMobility.getByRole('cell').nth(3)).toHaveText('<5')
    await expect(page.getByRole('row', { name: /Economic Mobility Pathways Pilot/ })).toBeVisible()
    await expect(page.getByRole('row', { name: /Guatemala's Temporary Work Abroad Programme/ })).toBeVisible()
    expect((await page.getByRole('cell').allTextContents()).filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([])

    // The same filtered page passes axe (which needs JavaScript to run).
    const withJs = await viewer(browser)
    await withJs.page.goto(page.url())
    await expectNoAxeViolations(withJs.page)
    await withJs.context.close()
    await context.close()
  })
})

for (const lng of languages) {
  test(`${lng}: every breakdown has no WCAG 2.2 AA violations`, async ({ browser }) => {
    test.slow() // four views, each through axe
    const { context, page } = await viewer(browser)
    for (const view of ['period', 'nationality', 'outcome', 'programme']) {
      await page.goto(`/${lng}/admin/stats?view=${view}&hostCountry=GT`)
      await expect(page.getByRole('heading', { level: 1, name: text(lng, 'stats:title') })).toBeVisible()
      await expectNoAxeViolations(page)
    }
    await context.close()
  })
}

test('without signing in, the dashboard and the CSV send to the login page', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/en/admin/stats?view=nationality')
  await expect(page).toHaveURL(/\/en\/admin\/login/)
  const csv = await context.request.get('/fr/admin/stats/export?view=outcome', { maxRedirects: 0 })
  expect(csv.status()).toBe(307)
  expect(csv.headers()['location']).toMatch(/\/fr\/admin\/login/)
  await context.close()
})
