'use client'
import { createInstance, type i18n, type ResourceLanguage } from 'i18next'
import { initReactI18next } from 'react-i18next'

/** A react-i18next instance for one language, from the texts the shell page carries (no request needed). */
export function deviceI18n(lng: string, texts: ResourceLanguage): i18n {
  const instance = createInstance()
  void instance.use(initReactI18next).init({
    resources: { [lng]: texts },
    lng,
    ns: Object.keys(texts),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return instance
}
