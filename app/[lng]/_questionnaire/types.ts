import type { TFunction } from 'i18next'

import type { Language } from '@/lib/i18n/settings'
import type { Draft } from '@/lib/questionnaire/draft'
import type { Flash } from '@/lib/questionnaire/draft-store'
import type { QuestionModule } from '@/lib/questionnaire/questions'
import type { Screening } from '@/lib/questionnaire/screening'
import type { RuleSet } from '@/lib/rules/schema'

/** What every question body receives from the page. */
export interface QuestionProps {
  lng: Language
  t: TFunction
  draft: Draft
  /** Safe Mobility's rules in force on the screening day. */
  version: RuleSet
  screening: Screening
  /** The module of the question shown (a fact body reads its wording there). */
  question: QuestionModule
  flash: Flash | null
  /** Translated error text per field name. */
  errors: Record<string, string>
}

/** The value typed last time (after an error) or the saved answer. */
export function previous(flash: Flash | null, field: string, saved?: string): string | undefined {
  const v = flash?.values[field]
  return (Array.isArray(v) ? v[0] : v) ?? saved
}
