import 'server-only'

import { createInstance, type i18n, type TFunction } from 'i18next'

import { namespaces, resources } from './resources'
import { fallbackLng, type Language, languages } from './settings'

// One initialised instance per language, shared by requests: its language never changes, so
// concurrent requests in other languages cannot interfere (unlike a global changeLanguage()).
const instances = new Map<Language, i18n>()

function instanceFor(lng: Language): i18n {
  let instance = instances.get(lng)
  if (!instance) {
    instance = createInstance()
    void instance.init({
      resources,
      lng,
      supportedLngs: languages,
      ns: namespaces,
      defaultNS: 'common',
      // Haitian Creole readers read French better than English.
      fallbackLng: { ht: ['fr', fallbackLng], default: [fallbackLng] },
      interpolation: { escapeValue: false },
      initAsync: false,
    })
    instances.set(lng, instance)
  }
  return instance
}

/** A translation function for `lng`, optionally scoped to a namespace. */
export function getT(lng: Language, ns?: string): TFunction {
  return instanceFor(lng).getFixedT(lng, ns ?? 'common')
}
