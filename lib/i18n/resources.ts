import type { Resource } from 'i18next'
import esCommon from '@/locales/es/common.json'
import esPrivacy from '@/locales/es/privacy.json'
import enCommon from '@/locales/en/common.json'
import enPrivacy from '@/locales/en/privacy.json'
import frCommon from '@/locales/fr/common.json'
import frPrivacy from '@/locales/fr/privacy.json'
import htCommon from '@/locales/ht/common.json'
import htPrivacy from '@/locales/ht/privacy.json'

/** Every locale file, bundled: they are small and the server needs all of them. */
export const resources: Resource = {
  es: { common: esCommon, privacy: esPrivacy },
  en: { common: enCommon, privacy: enPrivacy },
  fr: { common: frCommon, privacy: frPrivacy },
  ht: { common: htCommon, privacy: htPrivacy },
}
