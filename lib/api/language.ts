import acceptLanguage from 'accept-language'

import { isLanguage, type Language, languages } from '@/lib/i18n/settings'

acceptLanguage.languages([...languages])

/** The language an API caller asked for: `?lang=`, then Accept-Language; null when neither names one of ours. */
export function apiLanguage(request: Request): Language | null {
  const lang = new URL(request.url).searchParams.get('lang')
  if (isLanguage(lang)) return lang
  const header = request.headers.get('accept-language')
  if (!header) return null
  const wanted = header.split(',').map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase())
  return wanted.some(isLanguage) ? (acceptLanguage.get(header) as Language) : null
}
