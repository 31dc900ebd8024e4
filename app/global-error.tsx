'use client'

import './globals.css'

import { ErrorView } from '@/components/error-view'
import { errorTexts } from '@/lib/i18n/error-texts'

/** When even the layout fails: its own html with lang and main, the language taken from the address. */
export default function GlobalError() {
  const first = typeof window === 'undefined' ? '' : window.location.pathname.split('/')[1]
  const texts = errorTexts(first)
  return (
    <html lang={texts.lng} dir="ltr">
      <body className="flex min-h-screen flex-col">
        {/* Hoisted into the head by React: no metadata reaches this page. */}
        <title>{`${texts.error.title} – ${texts.appName}`}</title>
        <header className="bg-brand px-4 py-3 font-bold text-white">{texts.appName}</header>
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6">
          <ErrorView lng={texts.lng} texts={texts} kind="error" withExit />
        </main>
      </body>
    </html>
  )
}
