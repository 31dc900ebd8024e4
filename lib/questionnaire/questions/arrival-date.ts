// "When did you arrive?": a day, a month, or "I'm not sure".
import { dateText, parseDate } from './dates'
import type { QuestionModule } from './types'

export const arrivalDate: QuestionModule = {
  id: 'arrival-date',
  answers: 'arrivalDate',
  parse(fields, _draft, today) {
    const date = parseDate(fields, 'arrival', today)
    return typeof date === 'object' ? { ok: false, errors: date.errors } : { ok: true, patch: { arrivalDate: date } }
  },
  isAnswered: (draft) => draft.arrivalDate !== undefined,
  answerText: (draft, { lng, t }) => dateText(lng, t, draft.arrivalDate),
}
