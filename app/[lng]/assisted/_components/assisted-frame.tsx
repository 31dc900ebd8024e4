import type { ReactNode } from 'react'

import type { Device } from '@/lib/assisted/device'
import { getT } from '@/lib/i18n/server'
import { type Language, languageNames, languages } from '@/lib/i18n/settings'

import { NextPersonButton } from './next-person-button'
import { ReloadOnRestore } from './reload-on-restore'

/**
 * The frame of every unlocked assisted page, in the volunteer's language: the shelter, the client's language
 * (switchable; answers follow) and "Lock" above the page, "Next person" below it (it asks to confirm). Wider than the public column, so the guidance fits
 * beside the question on a laptop or tablet.
 */
export function AssistedFrame({
  lng,
  device,
  path,
  children,
}: {
  lng: Language
  device: Device
  path: string
  children: ReactNode
}) {
  const v = getT(device.volunteerLng, 'assisted')
  const button = 'min-h-11 rounded border-2 border-brand bg-white px-3 font-bold text-brand'
  return (
    <div data-assisted className="relative left-1/2 w-[min(72rem,calc(100vw-2rem))] -translate-x-1/2">
      <ReloadOnRestore />
      <section
        lang={device.volunteerLng}
        aria-label={v('bar.label')}
        className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 border-2 border-brand p-3 print:hidden"
      >
        <p>
          <span className="font-bold">{v('bar.title')}</span> · {device.shelterName}
        </p>
        <nav aria-label={v('bar.clientLanguage')} className="flex flex-wrap items-center gap-1">
          <span className="mr-1">{v('bar.clientLanguage')}:</span>
          {languages.map((other) =>
            other === lng ? (
              <span key={other} lang={other} aria-current="true" className="px-2 py-2 font-bold underline">
                {languageNames[other]}
              </span>
            ) : (
              <a
                key={other}
                lang={other}
                hrefLang={other}
                href={`/${other}/assisted${path}`}
                className="inline-block px-2 py-2"
              >
                {languageNames[other]}
              </a>
            ),
          )}
        </nav>
        <div className="ml-auto flex flex-wrap gap-2">
          <form method="post" action={`/${lng}/assisted/lock`}>
            <button type="submit" className={button}>
              {v('bar.lock')}
            </button>
          </form>
        </div>
      </section>
      {children}
      {/* Below the page, not just above the question where a tap meant for it would wipe the screening. */}
      <div lang={device.volunteerLng} className="mt-8 border-t-2 border-brand pt-4 print:hidden">
        <NextPersonButton lng={lng} label={v('bar.nextPerson')} from={path} />
      </div>
    </div>
  )
}
