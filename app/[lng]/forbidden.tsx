import { headers } from 'next/headers'

import { getT } from '@/lib/i18n/server'
import { languageOr } from '@/lib/i18n/settings'

// Rendered with status 403 when requireRole() finds a signed-in admin without the role a page needs.
export default async function Forbidden() {
  const first = ((await headers()).get('x-pathname') ?? '').split('/')[1]
  const lng = languageOr(first)
  const t = getT(lng, 'admin')
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('forbidden.title')}</h1>
      <p className="mb-4">{t('forbidden.body')}</p>
      <a href={`/${lng}/admin`}>{t('forbidden.back')}</a>
    </div>
  )
}
