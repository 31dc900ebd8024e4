// Walks the questionnaire as a person would, reading every label from the locale files.
import { expect, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'
import { type Lng, text } from './locales'

export interface Scenario {
  asOf?: string
  host: 'CO' | 'CR' | 'EC' | 'GT'
  nationality: string
  arrival?: { day?: string; month: string; year: string } | 'unsure'
  statuses: string[]
  registered?: Record<string, { day?: string; month: string; year: string }>
  adult: 'yes' | 'no' | 'unsure'
  /** Answers to the programme facts asked (by fact id); a fact asked but not listed is answered "not sure". */
  facts?: Record<string, 'yes' | 'no' | 'unsure'>
}

const q = (lng: Lng, key: string, vars?: Record<string, string>) => text(lng, `questions:${key}`, vars)

async function next(page: Page, lng: Lng, axe: boolean) {
  if (axe) await expectNoAxeViolations(page)
  await page.getByRole('button', { name: q(lng, 'continue'), exact: true }).click()
}

async function fillDate(page: Page, prefix: string, date: { day?: string; month: string; year: string }) {
  await page.locator(`#${prefix}-day`).fill(date.day ?? '')
  await page.locator(`#${prefix}-month`).selectOption(date.month)
  await page.locator(`#${prefix}-year`).fill(date.year)
}

/** Answers every question of `s` from the start page and stops on the result page; the facts asked. */
export async function screen(page: Page, lng: Lng, s: Scenario, { axe = false } = {}): Promise<string[]> {
  await page.goto(`/${lng}`)
  if (axe) await expectNoAxeViolations(page)
  if (s.asOf) {
    await page.getByText(q(lng, 'start.asOf.summary')).click()
    await page.getByLabel(q(lng, 'start.asOf.label')).fill(s.asOf)
  }
  await page.getByRole('button', { name: new RegExp(q(lng, 'start.button')) }).click()
  return answerQuestions(page, lng, s, { axe })
}

/**
 * Answers every question of `s` from the first question to the result page, in the public check or in assisted
 * mode (/{lng}/assisted/...).
 */
export async function answerQuestions(
  page: Page,
  lng: Lng,
  s: Scenario,
  { axe = false, mode = 'check' } = {},
): Promise<string[]> {
  const at = (step: string) => new RegExp(`/${lng}/${mode}/${step}$`)
  await expect(page).toHaveURL(at('host-country'))
  await page.getByLabel(q(lng, `host-country.options.${s.host}`), { exact: true }).check()
  await next(page, lng, axe)

  await expect(page).toHaveURL(at('nationality'))
  await page.locator('#nationality').selectOption(s.nationality)
  await next(page, lng, axe)

  if (s.arrival) {
    await expect(page).toHaveURL(at('arrival-date'))
    if (axe) await expectNoAxeViolations(page)
    if (s.arrival === 'unsure')
      await page.getByRole('button', { name: q(lng, 'arrival-date.unsure'), exact: true }).click()
    else {
      await fillDate(page, 'arrival', s.arrival)
      await next(page, lng, false)
    }
  }

  await expect(page).toHaveURL(at('legal-status'))
  for (const code of s.statuses) {
    const key = code === 'none' || code === 'unsure' ? `legal-status.${code}` : `legal-status.options.${code}.label`
    await page.getByLabel(q(lng, key), { exact: true }).check()
  }
  await next(page, lng, axe)

  if (s.registered) {
    await expect(page).toHaveURL(at('registration-date'))
    for (const [code, date] of Object.entries(s.registered)) await fillDate(page, code, date)
    await next(page, lng, axe)
  }

  await expect(page).toHaveURL(at('adult'))
  await page.getByLabel(q(lng, `adult.options.${s.adult}`), { exact: true }).check()
  await next(page, lng, axe)
  const asked = await answerFacts(page, lng, s.facts, { axe, mode })

  await expect(page).toHaveURL(at('check-answers'))
  if (axe) await expectNoAxeViolations(page)
  await page.getByRole('button', { name: q(lng, 'check-answers.submit') }).click()
  await expect(page).toHaveURL(at('result'))
  return asked
}

/**
 * Answers each programme fact the questionnaire asks (as in `facts`, else "not sure"), until it reaches check your
 * answers; the facts asked.
 */
export async function answerFacts(
  page: Page,
  lng: Lng,
  facts: Scenario['facts'] = {},
  { axe = false, mode = 'check' } = {},
): Promise<string[]> {
  const asked: string[] = []
  const fact = new RegExp(`/${lng}/${mode}/fact-([a-z0-9-]+)$`)
  await expect(page).toHaveURL(new RegExp(`/${lng}/${mode}/(fact-[a-z0-9-]+|check-answers)$`))
  for (let id = fact.exec(page.url())?.[1]; id; id = fact.exec(page.url())?.[1]) {
    asked.push(id)
    await page.getByLabel(q(lng, `fact.options.${facts[id] ?? 'unsure'}`), { exact: true }).check()
    await next(page, lng, axe)
    await expect(page).not.toHaveURL(new RegExp(`/fact-${id}$`))
  }
  return asked
}
