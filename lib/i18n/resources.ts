import type { Resource } from 'i18next'
import esCommon from '@/locales/es/common.json'
import enCommon from '@/locales/en/common.json'
import frCommon from '@/locales/fr/common.json'
import htCommon from '@/locales/ht/common.json'

/** Every locale file, bundled: they are small and the server needs all of them. */
export const resources: Resource = {
  es: { common: esCommon },
  en: { common: enCommon },
  fr: { common: frCommon },
  ht: { common: htCommon },
}
