// The few words of the error pages, importable by client components (error.tsx and global-error.tsx run in
// the browser, where the server's i18next instance is not available). Same files as everywhere else.
import en from '@/locales/en/common.json'
import es from '@/locales/es/common.json'
import fr from '@/locales/fr/common.json'
import ht from '@/locales/ht/common.json'

import { fallbackLng, isLanguage, type Language } from './settings'

const common = { es, en, fr, ht }

export type ErrorTexts = (typeof en)['errorPage'] & { quickExit: string; skip: string; appName: string }

/** The error page texts in `lng` (Spanish when the language is not one of the four). */
export function errorTexts(lng: unknown): ErrorTexts & { lng: Language } {
  const language = isLanguage(lng) ? lng : fallbackLng
  const c = common[language]
  return { ...c.errorPage, quickExit: c.nav.quickExit, skip: c.nav.skip, appName: c.app.name, lng: language }
}
