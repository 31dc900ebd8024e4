import { headers } from 'next/headers'

import { type Language, languageNames, languages } from '@/lib/i18n/settings'

/** Links to the same page and query in the other languages (answers live in a cookie, so they follow). */
export async function LanguageSwitcher({ lng, label }: { lng: Language; label: string }) {
  const path = (await headers()).get('x-pathname') ?? `/${lng}` // path and query, set by proxy.ts
  const rest = path.replace(/^\/[^/?]+/, '')
  return (
    <nav aria-label={label}>
      <ul className="-mx-1 flex flex-wrap gap-x-1 text-xs sm:text-sm">
        {languages.map((other) => (
          <li key={other}>
            {other === lng ? (
              <span
                aria-current="true"
                lang={other}
                className="inline-flex min-h-11 items-center px-1 font-bold underline"
              >
                {languageNames[other]}
              </span>
            ) : (
              <a
                href={`/${other}${rest}`}
                lang={other}
                hrefLang={other}
                className="inline-flex min-h-11 items-center px-1 text-white"
              >
                {languageNames[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
