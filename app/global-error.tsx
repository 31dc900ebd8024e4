'use client'

import './globals.css'

import dynamic from 'next/dynamic'

import { languageOr } from '@/lib/i18n/settings'

// Every page loads this file; its words in four languages load only when it shows (next/dynamic).
const GlobalErrorBody = dynamic(() => import('@/components/global-error-body'))

/** When even the layout fails: its own html with lang and main, the language taken from the address. */
export default function GlobalError() {
  const lng = languageOr(typeof window === 'undefined' ? '' : window.location.pathname.split('/')[1])
  return (
    <html lang={lng} dir="ltr">
      <body className="flex min-h-screen flex-col">
        <GlobalErrorBody lng={lng} />
      </body>
    </html>
  )
}
