// The questionnaire without a connection: the service worker keeps each language used, the browser runs the
// questionnaire and the rules, outcomes wait on the device and reach the database once when the connection returns.
import { answerQuestions, type Scenario } from '../support/flow'
import { type Lng, text } from '../support/locales'
import { deviceDigest, openReadyForOffline, waitingKeys } from '../support/offline'
import { expect, type Page, test } from '../support/test'
import { testSql } from '../support/test-database'

test.use({ serviceWorkers: 'allow' })

/** The shipped programmes screened for someone in Colombia besides Safe Mobility (an admin may add more). */
const colombiaProgrammes = [
  'ca-empp',
  'ca-humanitarian-family-2023',
  'co-etpv-rumv',
  'co-pep-tutor-2025',
  'co-visa-v-2024',
]
const emppVersion = '2021-12-03-phase-2'

const q = (lng: Lng, key: string, vars?: Record<string, string>) => text(lng, `questions:${key}`, vars)

const people: Record<'ht' | 'es', Scenario> = {
  ht: {
    asOf: '2024-03-04',
    host: 'CO',
    nationality: 'VE',
    arrival: { day: '10', month: '1', year: '2023' },
    statuses: ['ppt'],
    adult: 'yes',
  },
  es: {
    asOf: '2024-03-04',
    host: 'CO',
    nationality: 'HT',
    arrival: 'unsure',
    statuses: ['regular_permit'],
    adult: 'yes',
  },
}

/** From the start page (served by the service worker when offline) to the result, in the browser. */
async function screenOnDevice(page: Page, lng: 'ht' | 'es', axe: boolean) {
  await page.goto(`/${lng}`)
  await expect(page.locator(`html[data-offline-ready="${lng}"]`)).toBeAttached({ timeout: 30_000 })
  await page.getByText(q(lng, 'start.asOf.summary')).click()
  await page.getByLabel(q(lng, 'start.asOf.label')).fill(people[lng].asOf!)
  await page.getByRole('button', { name: new RegExp(q(lng, 'start.button')) }).click()
  await answerQuestions(page, lng, people[lng], { axe, mode: 'device' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByTestId('rules-downloaded')).toBeVisible()
}

test('a whole screening offline in Haitian Creole and in Spanish; each outcome stored once when back online', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000) // two whole screenings, one with axe on every page
  await openReadyForOffline(page, 'ht')
  await openReadyForOffline(page, 'es')
  await context.setOffline(true)

  await screenOnDevice(page, 'ht', true)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ht', 'results:outcome.likely_eligible.title'))
  await expect(page.getByTestId('code-pending')).toHaveText(q('ht', 'result.codePending'))
  await screenOnDevice(page, 'es', false)
  await expect(page.getByTestId('code-pending')).toBeVisible()

  const keys = await waitingKeys(page)
  expect(keys).toHaveLength(2)
  const digests = keys.map(deviceDigest)
  expect(await testSql('SELECT 1 FROM outcomes WHERE idempotency_digest = ANY($1)', [digests])).toHaveLength(0)

  await context.setOffline(false)
  // The Spanish result page, still open: the code appears once the queue is sent.
  await page.reload()
  const code = page.getByTestId('result-code')
  await expect(code).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => waitingKeys(page)).toEqual([])

  const rows = await testSql<{
    id: string
    idempotency_digest: string
    channel: string
    locale: string
    result_code: string
  }>('SELECT id, idempotency_digest, channel, locale, result_code FROM outcomes WHERE idempotency_digest = ANY($1)', [
    digests,
  ])
  expect(rows.map((r) => r.idempotency_digest).sort()).toEqual([...digests].sort()) // each exactly once
  expect(rows.map((r) => `${r.locale}:${r.channel}`).sort()).toEqual(['es:offline', 'ht:offline'])
  // The other programmes of Colombia, one row each with its outcome (none for another host country's programme).
  const programmeRows = await testSql<{ outcome_id: string; programme: string }>(
    'SELECT outcome_id, programme FROM outcome_programmes WHERE outcome_id = ANY($1)',
    [rows.map((r) => r.id)],
  )
  for (const { id } of rows) {
    const stored = programmeRows.filter((p) => p.outcome_id === id).map((p) => p.programme)
    expect(stored).toEqual(expect.arrayContaining(colombiaProgrammes))
    expect(new Set(stored).size).toBe(stored.length)
  }
  const spanish = rows.find((r) => r.locale === 'es')!
  await expect(code).toContainText(spanish.result_code)
})

test('the same outcome sent twice is stored once, and only from this site', async ({ page, baseURL }) => {
  const outcome = {
    key: crypto.randomUUID(),
    screenedOn: new Date().toISOString().slice(0, 10),
    offline: true,
    asOf: '2024-03-04',
    locale: 'fr',
    hostCountry: 'CO',
    nationality: 'VE',
    arrival: 'on_or_before',
    statuses: ['ppt'],
    adult: 'yes',
    outcome: 'likely_eligible',
    criteria: [{ id: 'nationality', status: 'met' }],
    rulesVersion: ((await (await page.request.get('/api/v1/rules')).json()) as { inForce: string }).inForce,
    programmes: [{ programme: 'ca-empp', version: emppVersion, outcome: 'not_eligible', criteria: [], facts: {} }],
  }
  const send = () => page.request.post('/api/app/outcomes', { data: outcome, headers: { origin: baseURL! } })
  const [first, second] = await Promise.all([send(), send()])
  expect(first.status()).toBe(201)
  expect(second.status()).toBe(201)
  expect((await first.json()).resultCode).toBe((await second.json()).resultCode)
  const stored = await testSql<{ id: string }>('SELECT id FROM outcomes WHERE idempotency_digest = $1', [
    deviceDigest(outcome.key),
  ])
  expect(stored).toHaveLength(1)
  expect(await testSql('SELECT programme FROM outcome_programmes WHERE outcome_id = $1', [stored[0]!.id])).toEqual([
    { programme: 'ca-empp' },
  ])
  const madeUp = { ...outcome, key: crypto.randomUUID(), programmes: [{ ...outcome.programmes[0]!, version: 'v9' }] }
  expect((await page.request.post('/api/app/outcomes', { data: madeUp, headers: { origin: baseURL! } })).status()).toBe(
    422,
  )

  expect((await page.request.post('/api/app/outcomes', { data: outcome })).status()).toBe(403) // no Origin
  const foreign = { data: outcome, headers: { origin: 'https://elsewhere.example' } }
  expect((await page.request.post('/api/app/outcomes', foreign)).status()).toBe(403)
  const unknownRules = { data: { ...outcome, key: crypto.randomUUID(), rulesVersion: 'no-such-version' } }
  expect(
    (await page.request.post('/api/app/outcomes', { ...unknownRules, headers: { origin: baseURL! } })).status(),
  ).toBe(422)
})

test('a rule version published while the device was offline reaches it once it is back online', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000)
  const kept = () =>
    page.evaluate(async () => {
      const response = await caches.match('/api/app/rules')
      const body = (await response!.json()) as { fingerprint: string; programmes: { history?: { id: string }[] }[] }
      return { fingerprint: body.fingerprint, ids: (body.programmes[0]!.history ?? []).map((v) => v.id) }
    })
  await openReadyForOffline(page, 'en')
  const before = await kept()
  await context.setOffline(true)

  const id = `offline-test-${Date.now()}`
  const [inForce] = await testSql<{ document: Record<string, unknown> }>(
    `SELECT document FROM rule_versions WHERE effective_from <= CURRENT_DATE ORDER BY effective_from DESC, published_at DESC LIMIT 1`,
  )
  // Far in the future, so no screening of the other tests changes (rule versions cannot be deleted); what
  // publishing writes is a new row.
  const document = { ...inForce!.document, id, effectiveFrom: '2099-01-01', note: 'Published by the offline test' }
  await testSql(
    `INSERT INTO rule_versions (id, effective_from, note, document, origin) VALUES ($1, $2, $3, $4, 'admin')`,
    [id, '2099-01-01', document.note, JSON.stringify(document)],
  )
  await page.reload() // offline: the copy on the device stays
  await expect(page.locator('html[data-offline-ready="en"]')).toBeAttached({ timeout: 30_000 })
  expect(await kept()).toEqual(before)

  await context.setOffline(false)
  await expect(async () => {
    await page.reload() // online: the worker asks with the fingerprint it has
    await expect(page.locator('html[data-offline-ready="en"]')).toBeAttached({ timeout: 10_000 })
    const after = await kept()
    expect(after.ids).toContain(id)
    expect(after.fingerprint).not.toBe(before.fingerprint)
  }).toPass({ timeout: 30_000 })
})
