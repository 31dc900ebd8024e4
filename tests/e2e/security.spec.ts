// Security headers on every kind of response, the CSP guard itself, and the rate limits (tiny windows in the
// test server: playwright.config.ts). Each client here has its own X-Forwarded-For (TRUSTED_PROXY_HOPS=1).
import { randomUUID } from 'node:crypto'

import { runScript } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { text } from '../support/locales'
import { type APIResponse, expect, test } from '../support/test'

const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Date.now() % 250}`

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers()
  const csp = h['content-security-policy'] ?? ''
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/)
  for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive)
  expect(csp).not.toContain('unsafe-inline')
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['referrer-policy']).toBe('same-origin')
  expect(h['cross-origin-opener-policy']).toBe('same-origin')
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    expect(h['permissions-policy']).toContain(`${feature}=()`)
  // The test server's public address is http: no HSTS (lib/security/headers.test.ts covers https).
  expect(h['strict-transport-security']).toBeUndefined()
  return csp
}

test('every kind of response carries the security headers, with a fresh nonce each time', async ({ request }) => {
  const page = await request.get('/en')
  const again = await request.get('/en')
  expect(expectSecurityHeaders(page)).not.toBe(expectSecurityHeaders(again))
  const nonce = /'nonce-([^']+)'/.exec(page.headers()['content-security-policy']!)![1]
  const html = await page.text()
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
  expect(scripts.length).toBeGreaterThan(0)
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  const redirect = await request.get('/', { maxRedirects: 0 })
  expect(redirect.status()).toBe(307)
  expectSecurityHeaders(redirect)
  expectSecurityHeaders(await request.get('/api/health'))
  expectSecurityHeaders(await request.get('/api/v1/rules'))
  expectSecurityHeaders(await request.get('/favicon.ico'))
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!
  expectSecurityHeaders(await request.get(chunk))
  expectSecurityHeaders(await request.get('/en/no-such-page'))
})

test('evaluations and result codes are never cached', async ({ request }) => {
  const answers = { hostCountry: 'CO', nationality: 'VE', statuses: [], adult: 'yes' }
  const evaluated = await request.post('/api/v1/eligibility', {
    data: { answers },
    headers: { 'x-forwarded-for': address() },
  })
  expect(evaluated.status()).toBe(200)
  expect(evaluated.headers()['cache-control']).toBe('no-store')
  const key = runScript('scripts/api-key-create.ts', ['--client', 'e2e cache']).trim().split('\n').at(-1)!
  const stored = await request.post('/api/v1/screenings', {
    data: { answers },
    headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': address() },
  })
  expect(stored.status()).toBe(201)
  expect(stored.headers()['cache-control']).toBe('no-store')
  expectSecurityHeaders(stored)
})

test('the CSP guard of these tests sees a violation when there is one', async ({ page, cspViolations }) => {
  await page.goto('/en')
  // A style attribute (no 'unsafe-inline' for styles) and an image from another site are refused.
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 1px solid red')
    const img = document.createElement('img')
    img.src = 'https://elsewhere.example/pixel.png'
    document.body.append(img)
  })
  await expect
    .poll(() => [...new Set(cspViolations.map((v) => v.directive.replace(/-(elem|attr)$/, '')))].sort())
    .toEqual(['console', 'img-src', 'style-src'])
  // "console": Chromium's log of each refusal, which is what the guard sees on pages without JavaScript.
  cspViolations.length = 0 // seen on purpose: the guard must not fail this test
})

test('result-code pages: a localized 429 page past the limit, open again after the window', async ({ browser }) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address() } })
  const page = await context.newPage()
  // A burst past the limit (10 per 10 s in the test server), then the page a person sees. On a slow machine
  // the window may end between the two: then again.
  let retryAfter = ''
  await expect(async () => {
    await Promise.all(Array.from({ length: 12 }, () => context.request.get('/fr/r/ZZZZ2222')))
    const res = await page.goto('/fr/r/ZZZZ2222')
    expect(res?.status()).toBe(429)
    retryAfter = res?.headers()['retry-after'] ?? ''
  }).toPass({ timeout: 60_000 })
  expect(Number(retryAfter)).toBeGreaterThan(0)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('fr', 'limits:title'))
  await expect(page.getByRole('link', { name: text('fr', 'limits:back') })).toHaveAttribute('href', '/fr')
  expectSecurityHeaders((await context.request.get('/fr/r/ZZZZ2222'))!)
  await expectNoAxeViolations(page)
  await expect.poll(async () => (await page.goto('/fr/r/ZZZZ2222'))?.status(), { timeout: 20_000 }).toBe(404)
  await context.close()
})

for (const api of ['eligibility', 'screenings'] as const)
  test(`POST /api/v1/${api}: 429 with Retry-After and a message in the language asked, then open again`, async ({
    request,
  }) => {
    test.setTimeout(120_000)
    const client = address()
    const key = runScript('scripts/api-key-create.ts', ['--client', `e2e ${api}`])
      .trim()
      .split('\n')
      .at(-1)!
    const post = () =>
      request.post(`/api/v1/${api}?lang=ht`, {
        data: { answers: { hostCountry: 'CO', nationality: 'VE', statuses: [], adult: 'yes' } },
        headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': client, 'idempotency-key': randomUUID() },
      })
    let res: APIResponse | undefined
    await expect(async () => {
      res = (await Promise.all(Array.from({ length: 25 }, post))).find((r) => r.status() === 429)
      expect(res?.status()).toBe(429)
    }).toPass({ timeout: 60_000 })
    if (!res) throw new Error('no 429')
    expect(Number(res.headers()['retry-after'])).toBeGreaterThan(0)
    const body = await res.json()
    expect(body.error).toBe('rate_limited')
    expect(body.issues[0].message).toContain('Twòp demann')
    await expect.poll(async () => (await post()).status(), { timeout: 20_000 }).toBeLessThan(300)
  })
