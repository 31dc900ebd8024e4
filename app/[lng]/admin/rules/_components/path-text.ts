import type { TFunction } from 'i18next'

import { describePath } from '@/lib/admin/path-label'
import { countryName } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'

/** "Colombia · Arrival cutoff for Venezuela · Verified on" for a draft path, in the admin's language. */
export function pathText(t: TFunction, lng: Language, document: unknown, path: string): string {
  const label = describePath(document, path)
  if (!label.country) return path
  const q = getT(lng, 'questions')
  const code = label.item?.code
  const name = !code
    ? ''
    : /^[A-Z]{2}$/.test(code)
      ? countryName(lng, code)
      : q(`legal-status.options.${code}.label`, { defaultValue: code })
  const parts = [t(`countries.${label.country}`)]
  if (label.item) parts.push(t(`items.${label.item.kind}`, { n: label.item.n, code: name }))
  if (label.field) parts.push(t(`fields.${label.field}`, { defaultValue: label.field }))
  return parts.join(' · ')
}
