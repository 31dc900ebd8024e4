import { type Scenario, screen } from '../support/flow'
import { languages, text } from '../support/locales'
import { expect, test } from '../support/test'

// One person per outcome. Dates are days when Colombia's form was open (docs/sources.md, Colombia) or today (closed).
const people: Record<string, Scenario> = {
  likely_eligible: {
    asOf: '2024-03-04',
    host: 'CO',
    nationality: 'VE',
    arrival: { day: '10', month: '1', year: '2023' },
    statuses: ['ppt'],
    adult: 'yes',
  },
  not_eligible: {
    asOf: '2024-03-04',
    host: 'CO',
    nationality: 'VE',
    arrival: { month: '8', year: '2023' },
    statuses: ['ppt'],
    adult: 'yes',
  },
  needs_more_information: {
    asOf: '2024-03-04',
    host: 'CO',
    nationality: 'HT',
    arrival: 'unsure',
    statuses: ['regular_permit'],
    adult: 'yes',
  },
  registration_closed: {
    host: 'EC',
    nationality: 'CU',
    arrival: { day: '2', month: '9', year: '2023' },
    statuses: ['asylum_seeker'],
    registered: { asylum_seeker: { day: '1', month: '10', year: '2023' } },
    adult: 'yes',
  },
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`questionnaire with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })
    for (const lng of languages) {
      for (const [outcome, person] of Object.entries(people)) {
        test(`${lng}: reaches "${outcome}"`, async ({ page }) => {
          await screen(page, lng, person)
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(
            text(lng, `results:outcome.${outcome}.title`),
          )
          await expect(page.getByText(text(lng, 'questions:result.codeHint'))).toBeVisible()
        })
      }
    }
  })
}
