// Nothing that could identify a person reaches the server's logs: not the client's address or user agent, not
// the answers, not the result codes handed out. The server writes its log lines to LOG_FILE (playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs'

import { runScript } from '../support/admin-helpers'
import { type Scenario, screen } from '../support/flow'
import { serverLogFile } from '../support/server-log'
import { expect, test } from '../support/test'

const address = '203.0.113.77' // TEST-NET-3: no real person
const userAgent = 'LogProbe/9.9 (privacy check; Dummy OS 1.2.3)'
const person: Scenario = {
  host: 'CO',
  nationality: 'VE',
  arrival: { day: '17', month: '4', year: '2023' },
  statuses: ['ppt'],
  adult: 'yes',
}
const apiAnswers = {
  hostCountry: 'CR',
  nationality: 'NI',
  arrivalDate: '2023-03-29',
  statuses: [{ code: 'asylum_seeker', since: '2023-04-13' }],
  adult: 'yes',
}

test.use({ userAgent, extraHTTPHeaders: { 'X-Forwarded-For': address, 'X-Real-IP': address } })

const logLines = () => (existsSync(serverLogFile) ? readFileSync(serverLogFile, 'utf8') : '')

test('a screening and an API call leave log lines without address, user agent, answers or codes', async ({
  page,
  request,
}) => {
  await screen(page, 'en', person)
  const href = await page.locator('a[href*="/r/"]').first().getAttribute('href')
  const pageCode = href!.split('/').pop()!
  const key = runScript('scripts/api-key-create.ts', ['--client', 'e2e logs']).trim().split('\n').at(-1)!
  const res = await request.post('/api/v1/screenings', {
    data: { answers: apiAnswers, asOf: '2023-06-20' },
    headers: { authorization: `Bearer ${key}` },
  })
  expect(res.status()).toBe(201)
  const { resultCode: apiCode } = (await res.json()) as { resultCode: string }

  // Both screenings were logged (so the check below reads real lines), each as one JSON object.
  await expect.poll(() => logLines().match(/"event":"screening_stored"/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
  const text = logLines()
  for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
  const secrets = [
    address,
    userAgent,
    'LogProbe',
    '2023-04-17', // the arrival date typed in the questionnaire
    '2023-03-29', // the API's arrival date
    '2023-04-13', // the API's "since" date
    'asylum_seeker',
    pageCode,
    pageCode.replace(/-/g, ''),
    apiCode,
    apiCode.replace(/-/g, ''),
  ]
  for (const secret of secrets) expect(text, `the logs contain ${secret}`).not.toContain(secret)
})
