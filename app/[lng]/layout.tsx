import '../globals.css'

import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'

import { ErrorTextsProvider } from '@/components/error-texts'
import { LanguageSwitcher } from '@/components/language-switcher'
import { RegisterWorker } from '@/components/offline/register-worker'
import { QuickExit } from '@/components/quick-exit'
import { quickExitUrl } from '@/lib/http/quick-exit'
import { layoutFaultRequested } from '@/lib/http/test-fault'
import { errorTexts } from '@/lib/i18n/error-texts'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { languages } from '@/lib/i18n/settings'

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }))
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

const favicon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' fill='%231d4e89'/%3E%3Cpath d='M4.5 8.5l2.5 2.5 4.5-5' fill='none' stroke='%23fff' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E"

export async function generateMetadata({ params }: LayoutProps<'/[lng]'>): Promise<Metadata> {
  const lng = await languageOf(params)
  const t = getT(lng)
  // Each page names itself first ("Check your answers – …"); pages without a title show the app's.
  return {
    title: { template: `%s – ${t('app.name')}`, default: t('app.title') },
    description: t('app.description'),
    // The app icon (public/icons) drawn in the page itself: no request for /favicon.ico on a first visit.
    icons: { icon: [{ url: favicon, type: 'image/svg+xml' }] },
  }
}

export default async function RootLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const lng = await languageOf(params)
  // Local test servers only (lib/http/test-fault.ts): the way tests reach app/global-error.tsx.
  if (layoutFaultRequested(await headers())) throw new Error('layout failure requested by a test')
  const t = getT(lng)
  return (
    <html lang={lng} dir="ltr">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:bg-white focus:p-3">
          {t('nav.skip')}
        </a>
        {/* Compact so a question's Continue button stays above the fold at 320×640: the name and quick exit share
            the first row (each may wrap inside it), the language links the second (44 px targets throughout). */}
        <header className="bg-brand text-white">
          <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-2 px-4 py-1">
            <a
              href={`/${lng}`}
              className="inline-flex min-h-11 min-w-0 flex-1 items-center text-sm leading-tight font-bold text-white no-underline sm:text-base"
            >
              {t('app.name')}
            </a>
            <QuickExit
              lng={lng}
              label={t('nav.quickExit')}
              neutralUrl={quickExitUrl()}
              waitingQuestion={t('nav.quickExitWaiting')}
            />
            <div className="w-full">
              <LanguageSwitcher lng={lng} label={t('nav.language')} />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-4">
          <ErrorTextsProvider texts={errorTexts(lng)}>{children}</ErrorTextsProvider>
        </main>
        <RegisterWorker lng={lng} />
        <footer className="border-t border-gray-300 text-sm">
          <div className="mx-auto max-w-2xl px-4 py-4">{t('footer.independent')}</div>
        </footer>
      </body>
    </html>
  )
}
