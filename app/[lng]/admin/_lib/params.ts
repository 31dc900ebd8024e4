import { notFound } from 'next/navigation'

import { isLanguage, type Language } from '@/lib/i18n/settings'

/** The language of an admin route, or a 404 for anything else. */
export async function languageOf(params: Promise<{ lng: string }>): Promise<Language> {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  return lng
}

/** The first value of a search parameter. */
export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
