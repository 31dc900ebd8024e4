import './globals.css'

import acceptLanguage from 'accept-language'
import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'

import { ErrorView } from '@/components/error-view'
import { errorTexts } from '@/lib/i18n/error-texts'
import { cookieName, fallbackLng, isLanguage, languages } from '@/lib/i18n/settings'

acceptLanguage.languages([...languages])

export const metadata: Metadata = { title: 'Safe Mobility – 404' }

/** A path outside every language that nothing answers (e.g. under /api/): the person's language as proxy.ts picks it. */
export default async function GlobalNotFound() {
  const chosen = (await cookies()).get(cookieName)?.value
  const lng = isLanguage(chosen)
    ? chosen
    : (acceptLanguage.get((await headers()).get('accept-language')) ?? fallbackLng)
  const texts = errorTexts(lng)
  return (
    <html lang={texts.lng} dir="ltr">
      <body className="flex min-h-screen flex-col">
        <header className="bg-brand px-4 py-3 font-bold text-white">{texts.appName}</header>
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6">
          <ErrorView lng={texts.lng} texts={texts} kind="notFound" withExit />
        </main>
      </body>
    </html>
  )
}
