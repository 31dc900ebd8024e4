import type { Resource } from 'i18next'
import esCommon from '@/locales/es/common.json'
import esAdmin from '@/locales/es/admin.json'
import enCommon from '@/locales/en/common.json'
import enAdmin from '@/locales/en/admin.json'
import frCommon from '@/locales/fr/common.json'
import frAdmin from '@/locales/fr/admin.json'
import htCommon from '@/locales/ht/common.json'
import htAdmin from '@/locales/ht/admin.json'

/** Every locale file, bundled: they are small and the server needs all of them. */
export const resources: Resource = {
  es: { common: esCommon, admin: esAdmin },
  en: { common: enCommon, admin: enAdmin },
  fr: { common: frCommon, admin: frAdmin },
  ht: { common: htCommon, admin: htAdmin },
}
