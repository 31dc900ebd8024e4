// Plain-language text of a saved answer, for "Check your answers" (and the printed sheet).
import type { TFunction } from 'i18next'

import { countryName, formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import type { AnswerDate } from '@/lib/rules/answers'

import type { Draft } from './draft'
import type { QuestionId } from './flow'

function dateText(lng: Language, t: TFunction, value: AnswerDate | undefined): string {
  if (!value) return ''
  if (value === 'unsure') return t('check-answers.unsure')
  return value.length === 7 ? t('check-answers.monthOnly', { date: formatDate(lng, value) }) : formatDate(lng, value)
}

/** The answer to `id` as a person reads it, in `lng` (t is the `questions` namespace). */
export function answerText(lng: Language, t: TFunction, draft: Draft, id: QuestionId): string {
  switch (id) {
    case 'host-country':
      return draft.hostCountry ? t(`host-country.options.${draft.hostCountry}`) : ''
    case 'nationality':
      return draft.nationality ? countryName(lng, draft.nationality) : ''
    case 'arrival-date':
      return dateText(lng, t, draft.arrivalDate)
    case 'legal-status':
      return (draft.statuses ?? [])
        .map((s) =>
          s.code === 'none' || s.code === 'unsure'
            ? t(`legal-status.${s.code}`)
            : t(`legal-status.options.${s.code}.label`),
        )
        .join(', ')
    case 'registration-date':
      return (draft.statuses ?? [])
        .filter((s) => s.since)
        .map((s) => `${t(`legal-status.options.${s.code}.label`)}: ${dateText(lng, t, s.since)}`)
        .join('; ')
    case 'adult':
      return draft.adult ? t(`adult.options.${draft.adult}`) : ''
  }
}
