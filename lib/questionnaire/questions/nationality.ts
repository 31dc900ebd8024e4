// "What is your nationality?": any country, or "stateless or not known" (an early stop).
import { countryName } from '@/lib/i18n/format'
import { isCountryCode } from '@/lib/rules/countries'

import { NO_NATIONALITY } from '../region'
import { fail, one } from './fields'
import type { QuestionModule } from './types'

export const nationality: QuestionModule = {
  id: 'nationality',
  answers: 'nationality',
  parse(fields) {
    const code = one(fields.nationality)
    if (code === NO_NATIONALITY) return { ok: true, patch: { nationality: undefined, stateless: true } }
    return isCountryCode(code)
      ? { ok: true, patch: { nationality: code, stateless: undefined } }
      : fail('nationality', 'choose_nationality')
  },
  isAnswered: (draft) => draft.nationality !== undefined || draft.stateless !== undefined,
  answerText: (draft, { lng }) => (draft.nationality ? countryName(lng, draft.nationality) : ''),
}
