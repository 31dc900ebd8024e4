// One whole screening without JavaScript, through the real forms: start, every question, check answers, result.
import { FormClient, type FormPage } from './form-client'

/** One form post of the questionnaire: the page it is posted from and the answer fields it sends. */
export interface NoJsStep {
  page: string
  fields?: Record<string, string | string[]>
}

/**
 * A typical screening today (Colombia, Venezuelan with PPT, arrived in time), page by page. Colombia's Visa V has no
 * known end, so its one fact (another nationality) is asked after the age.
 */
export const typicalScreening: NoJsStep[] = [
  { page: 'start' },
  { page: 'host-country', fields: { hostCountry: 'CO' } },
  { page: 'nationality', fields: { nationality: 'VE' } },
  { page: 'arrival-date', fields: { 'arrival-day': '2', 'arrival-month': '5', 'arrival-year': '2023' } },
  { page: 'legal-status', fields: { status: 'ppt' } },
  { page: 'adult', fields: { adult: 'yes' } },
  { page: 'fact-has-other-nationality', fields: { fact: 'no' } },
  { page: 'check-answers' },
]

/** The result code shown on a result page, if any. */
export function resultCodeOn(page: FormPage): string | undefined {
  return /\/r\/([0-9A-Z]+)"/.exec(page.html)?.[1]
}

export interface ScreenOptions {
  lng?: string
  mode?: 'check' | 'assisted'
  steps?: NoJsStep[]
  before?: (step: number) => void
  after?: (step: number, ms: number) => void
}

/**
 * Walks `steps` from `/{lng}` (or `/{lng}/assisted`, on an unlocked device), calling `before(i)` ahead of each
 * post (e.g. to change instance) and `after(i, ms)` with the time of the post and its redirect. Throws when a
 * page is not the one expected; returns the result page.
 */
export async function screenWithoutJs(client: FormClient, options: ScreenOptions = {}): Promise<FormPage> {
  const { lng = 'en', mode = 'check', steps = typicalScreening, before, after } = options
  let page = await client.get(mode === 'check' ? `/${lng}` : `/${lng}/${mode}`)
  for (const [i, step] of steps.entries()) {
    if (step.page !== 'start' && !new URL(page.url).pathname.endsWith(`/${mode}/${step.page}`))
      throw new Error(`expected ${step.page}, got ${page.url} (${page.status})`)
    before?.(i)
    const t0 = performance.now()
    // Both start pages have other forms too (e.g. the volunteer's language): the start form asks for the day.
    page = await client.submit(page, step.fields, step.page === 'start' ? 'asOf' : undefined)
    after?.(i, performance.now() - t0)
  }
  if (!new URL(page.url).pathname.endsWith(`/${mode}/result`)) throw new Error(`expected the result, got ${page.url}`)
  return page
}
