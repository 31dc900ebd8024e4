import type { Resource } from 'i18next'
import esCommon from '@/locales/es/common.json'
import esStats from '@/locales/es/stats.json'
import enCommon from '@/locales/en/common.json'
import enStats from '@/locales/en/stats.json'
import frCommon from '@/locales/fr/common.json'
import frStats from '@/locales/fr/stats.json'
import htCommon from '@/locales/ht/common.json'
import htStats from '@/locales/ht/stats.json'

/** Every locale file, bundled: they are small and the server needs all of them. */
export const resources: Resource = {
  es: { common: esCommon, stats: esStats },
  en: { common: enCommon, stats: enStats },
  fr: { common: frCommon, stats: frStats },
  ht: { common: htCommon, stats: htStats },
}
