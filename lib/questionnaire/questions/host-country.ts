// "Which country are you in?": one of the four host countries, or another country (an early stop).
import { answersSchema } from '@/lib/rules/answers'

import { isElsewhere } from '../region'
import { fail, one } from './fields'
import type { QuestionModule } from './types'

export const hostCountry: QuestionModule = {
  id: 'host-country',
  answers: 'hostCountry',
  parse(fields) {
    // A country picked under "another country" counts even if its radio was not ticked (no JavaScript).
    const choice = one(fields.hostCountry) || (one(fields.elsewhere) ? 'other' : '')
    if (choice === 'other') {
      const where = one(fields.elsewhere)
      return isElsewhere(where)
        ? { ok: true, patch: { hostCountry: undefined, elsewhere: where } }
        : fail('elsewhere', 'choose_elsewhere')
    }
    const parsed = answersSchema.shape.hostCountry.safeParse(choice)
    return parsed.success
      ? { ok: true, patch: { hostCountry: parsed.data, elsewhere: undefined } }
      : fail('hostCountry', 'choose_host_country')
  },
  isAnswered: (draft) => draft.hostCountry !== undefined || draft.elsewhere !== undefined,
  answerText: (draft, { t }) => (draft.hostCountry ? t(`host-country.options.${draft.hostCountry}`) : ''),
}
