import { notFound } from 'next/navigation'

import { isLanguage, type Language } from './settings'

/** The language of a `[lng]` route, or a 404 for anything else. */
export async function languageOf(params: Promise<{ lng: string }>): Promise<Language> {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  return lng
}
