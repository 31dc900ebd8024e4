// "Are you 18 or older?": yes, no or not sure.
import { answersSchema } from '@/lib/rules/answers'

import { fail, one } from './fields'
import type { QuestionModule } from './types'

export const adult: QuestionModule = {
  id: 'adult',
  answers: 'adult',
  parse(fields) {
    const parsed = answersSchema.shape.adult.safeParse(one(fields.adult))
    return parsed.success ? { ok: true, patch: { adult: parsed.data } } : fail('adult', 'choose_adult')
  },
  isAnswered: (draft) => draft.adult !== undefined,
  answerText: (draft, { t }) => (draft.adult ? t(`adult.options.${draft.adult}`) : ''),
}
