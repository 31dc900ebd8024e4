import type { TFunction } from 'i18next'

import { describePath } from '@/lib/admin/path-label'
import { countryName } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'

/** The name of an item's code: a country's name for a nationality ("Cuba"), a status's label, else the code. */
export function codeName(lng: Language, code: string | undefined): string {
  if (!code) return ''
  if (/^[A-Z]{2}$/.test(code)) return countryName(lng, code)
  return getT(lng, 'questions')(`legal-status.options.${code}.label`, { defaultValue: code })
}

/** "Colombia · Arrival cutoff for Venezuela · Verified on" for a draft path, in the admin's language. */
export function pathText(t: TFunction, lng: Language, document: unknown, path: string): string {
  const label = describePath(document, path)
  if (!label.country) return path
  const parts = [t(`countries.${label.country}`)]
  if (label.item) parts.push(t(`items.${label.item.kind}`, { n: label.item.n, code: codeName(lng, label.item.code) }))
  if (label.field) parts.push(t(`fields.${label.field}`, { defaultValue: label.field }))
  return parts.join(' · ')
}
