// An editor creates a new programme from the building blocks (a Safe Mobility successor in Colombia), another
// approver publishes it through four eyes, and screenings then use it: the programme list, the try-out and a
// questionnaire screening's result page (all read lib/db/programmes.ts). axe on every new page in four locales.
import { adminBaseURL, newAdmin } from '../support/admin-helpers'
import { expectNoAxeViolations } from '../support/axe'
import { screen } from '../support/flow'
import { text } from '../support/locales'
import { expect, test } from '../support/test'

test.use({ baseURL: adminBaseURL })

const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Bogota' })
const sourced = {
  source: { url: 'https://example.org/successor-decree', title: 'Successor decree' },
  verifiedOn: today,
}
const blocks = {
  criteria: [
    { id: 'registration', periods: [{ status: 'open', from: today, ...sourced }] },
    { id: 'nationality-any-of', nationalities: [{ code: 'VE', ...sourced }] },
    { id: 'arrival', window: { until: '2023-06-11' }, afterWindow: 'not_met', ...sourced },
    { id: 'age', mustBe: 'adult', ...sourced },
  ],
  checkYourself: [],
}
const names = {
  es: ['Oficinas sucesoras (Colombia)', 'Una vía para venezolanos en Colombia.'],
  en: ['Successor offices (Colombia)', 'A pathway for Venezuelans in Colombia.'],
  fr: ['Bureaux successeurs (Colombie)', 'Une voie pour les Vénézuéliens en Colombie.'],
  ht: ['Biwo ki ranplase yo (Kolonbi)', 'Yon chemen pou moun Venezyela nan Kolonbi.'],
} as const

test('a new programme through four eyes, then used by screenings', async ({ browser }) => {
  test.setTimeout(240_000)
  const programmeId = `smo-successor-co-${Date.now()}`
  // Signed in with JavaScript, then the whole programme is made without it (the session cookie carries over).
  const signIn = await browser.newContext()
  await newAdmin(await signIn.newPage(), 'editor')
  const storageState = await signIn.storageState()
  const editor = await (await browser.newContext({ javaScriptEnabled: false, storageState })).newPage()
  await editor.goto('/en/admin/programmes')
  await editor.getByRole('link', { name: 'Create a new programme' }).click()
  await editor.getByLabel('Programme id').fill(programmeId)
  await editor.getByLabel('Kind').selectOption('third-country-pathway')
  await editor.getByLabel('Official name, in its own language').fill('Oficinas sucesoras de Movilidad Segura')
  const language = { es: 'Spanish', en: 'English', fr: 'French', ht: 'Haitian Creole' }
  for (const [lng, [name, description]] of Object.entries(names)) {
    await editor.getByLabel(`Name (${language[lng as keyof typeof language]})`).fill(name)
    await editor.getByLabel(`Short description (${language[lng as keyof typeof language]})`).fill(description)
  }
  await editor.getByLabel('Building blocks of the version (JSON)').fill(JSON.stringify(blocks))
  await editor.getByLabel('Note (what changes and why)').fill('A successor in Colombia (test)')
  await editor.getByRole('button', { name: 'Create the draft' }).click()
  await expect(editor.locator('#main').getByRole('status')).toContainText('The draft is created')
  await expect(editor.getByTestId('draft-issues')).toHaveCount(0)
  const draftUrl = editor.url().replace(/\?.*$/, '')
  await editor.getByRole('link', { name: 'Check and publish' }).click()
  await expect(editor.getByText('This draft creates a new programme.')).toBeVisible()
  await expect(editor.getByRole('button', { name: 'Approve this draft' })).toHaveCount(0)

  const approver = await (await browser.newContext()).newPage()
  await newAdmin(approver, 'approver')
  await approver.goto(`${draftUrl}/review`)
  await approver.getByRole('button', { name: 'Approve this draft' }).click()
  await expect(approver.getByTestId('approval-state')).toContainText('Approved on')
  await approver.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(approver.locator('#main').getByRole('status')).toContainText('Published as version')

  // Screenings use it now: the list and the try-out read the programmes every screening reads.
  const list = approver.getByTestId('programmes')
  await expect(list.getByRole('row').filter({ hasText: programmeId })).toContainText(names.en[0])
  await list.getByRole('link', { name: names.en[0] }).click()
  const tryOut = approver.getByRole('region', { name: 'Try it with answers' })
  await tryOut.getByLabel('Nationality').fill('VE')
  await tryOut.getByLabel(/^Arrival date/).fill('2023-01-10')
  await tryOut.getByRole('button', { name: 'Evaluate' }).click()
  await expect(approver.getByTestId('try-outcome')).toContainText('Likely eligible')

  // And the questionnaire itself, without JavaScript: a Venezuelan in Colombia who arrived before the window's
  // end sees the new programme's own section on the result page, in Spanish.
  const person = await browser.newPage({ javaScriptEnabled: false })
  await screen(person, 'es', {
    host: 'CO',
    nationality: 'VE',
    arrival: { month: '1', year: '2023' },
    statuses: ['ppt'],
    adult: 'yes',
  })
  const section = person.locator(`article[data-programme="${programmeId}"]`)
  await expect(section).toContainText(names.es[0])
  await expect(section.getByTestId('programme-outcome')).toHaveText(
    text('es', 'programmes:result.outcome.likely_eligible'),
  )
  await person.close()

  const reviewUrl = `${draftUrl}/review`.replace('/en/', '/LNG/')
  const programmeUrl = approver.url().replace(/\?.*$/, '').replace('/en/', '/LNG/')
  for (const lng of ['es', 'en', 'fr', 'ht']) {
    const pages = [
      '/LNG/admin/programmes',
      '/LNG/admin/programmes/new',
      programmeUrl,
      draftUrl.replace('/en/', '/LNG/'),
      reviewUrl,
    ]
    for (const path of pages) {
      await approver.goto(path.replace('LNG', lng).replace(adminBaseURL, ''))
      await expect(approver.locator('html')).toHaveAttribute('lang', lng)
      await expectNoAxeViolations(approver)
    }
  }
})
