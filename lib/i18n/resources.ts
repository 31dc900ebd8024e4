import type { Resource } from 'i18next'
import esCommon from '@/locales/es/common.json'
import enCommon from '@/locales/en/common.json'
import frCommon from '@/locales/fr/common.json'
import htCommon from '@/locales/ht/common.json'
import esQuestions from '@/locales/es/questions.json'
import enQuestions from '@/locales/en/questions.json'
import frQuestions from '@/locales/fr/questions.json'
import htQuestions from '@/locales/ht/questions.json'

/** Every locale file, bundled: they are small and the server needs all of them. */
export const resources: Resource = {
  es: { common: esCommon, questions: esQuestions },
  en: { common: enCommon, questions: enQuestions },
  fr: { common: frCommon, questions: frQuestions },
  ht: { common: htCommon, questions: htQuestions },
}
