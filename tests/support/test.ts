// Every browser test imports `test` from here: each page of each context the test opens (its own `page` or
// `browser.newContext()`) records Content-Security-Policy violations, and the test fails if there was any.
import { type Browser, type BrowserContext, test as base } from '@playwright/test'

export * from '@playwright/test'

export interface CspViolation {
  url: string
  directive: string
  blocked: string
  sample: string
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[]
    __reportCsp?: (v: CspViolation) => void
  }
}

const watched = new WeakSet<BrowserContext>()

/** Starts recording the violations of every page of `context` into `into` (once per context). */
async function watchCsp(context: BrowserContext, into: CspViolation[]): Promise<void> {
  if (watched.has(context)) return
  watched.add(context)
  await context.exposeBinding('__reportCsp', (_source, v: CspViolation) => void into.push(v))
  await context.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = { url: e.documentURI, directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }
      window.__cspViolations!.push(v)
      void window.__reportCsp?.(v)
    })
  })
  // Without JavaScript no listener runs, but Chromium still logs each refusal to the console.
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      into.push({ url: m.page()?.url() ?? '', directive: 'console', blocked: '', sample: m.text() })
  })
}

function watchNewContexts(browser: Browser, into: CspViolation[]): () => void {
  const original = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await original(options)
    await watchCsp(context, into)
    return context
  }
  return () => {
    browser.newContext = original
  }
}

export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ browser }, provide) => {
      const found: CspViolation[] = []
      const restore = watchNewContexts(browser, found)
      await provide(found)
      restore()
      base.expect(found, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, provide) => {
    await watchCsp(context, cspViolations)
    await provide(context)
  },
})

export const expect = base.expect
