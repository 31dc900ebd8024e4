import { headers } from 'next/headers'

import { getT } from '@/lib/i18n/server'
import { languageOr } from '@/lib/i18n/settings'

/** An unknown or expired result code, in the language of the address (404). */
export default async function UnknownCode() {
  const first = ((await headers()).get('x-pathname') ?? '').split('/')[1]
  const lng = languageOr(first)
  const c = getT(lng, 'result-code')
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{c('notFound.title')}</h1>
      <p className="mb-4">{c('notFound.body')}</p>
      <p>
        <a href={`/${lng}`}>{c('notFound.start')}</a>
      </p>
    </>
  )
}
