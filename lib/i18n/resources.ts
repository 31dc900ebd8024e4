import type { Resource } from 'i18next'
import esCommon from '@/locales/es/common.json'
import esResults from '@/locales/es/results.json'
import enCommon from '@/locales/en/common.json'
import enResults from '@/locales/en/results.json'
import frCommon from '@/locales/fr/common.json'
import frResults from '@/locales/fr/results.json'
import htCommon from '@/locales/ht/common.json'
import htResults from '@/locales/ht/results.json'

/** Every locale file, bundled: they are small and the server needs all of them. */
export const resources: Resource = {
  es: { common: esCommon, results: esResults },
  en: { common: enCommon, results: enResults },
  fr: { common: frCommon, results: frResults },
  ht: { common: htCommon, results: htResults },
}
