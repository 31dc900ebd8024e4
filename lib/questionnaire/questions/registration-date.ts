// "When did you get these papers?": a date for each chosen status whose date can change an outcome (routing
// decides which; the page sends `<code>-present` for each one it shows).
import type { StatusAnswer } from '@/lib/rules/answers'

import { dateText, parseDate } from './dates'
import type { QuestionModule } from './types'

export const registrationDate: QuestionModule = {
  id: 'registration-date',
  answers: 'statuses.since',
  parse(fields, draft, today) {
    const errors: Record<string, string> = {}
    const statuses = (draft.statuses ?? []).map((s): StatusAnswer => {
      if (fields[`${s.code}-present`] === undefined) return s
      const since = parseDate(fields, s.code, today)
      if (typeof since === 'object') Object.assign(errors, since.errors)
      return typeof since === 'string' ? { code: s.code, since } : s
    })
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, patch: { statuses } }
  },
  isAnswered: (draft, { dated }) =>
    (draft.statuses ?? []).filter((s) => dated.includes(s.code)).every((s) => s.since !== undefined),
  answerText: (draft, { lng, t }) =>
    (draft.statuses ?? [])
      .filter((s) => s.since)
      .map((s) => `${t(`legal-status.options.${s.code}.label`)}: ${dateText(lng, t, s.since)}`)
      .join('; '),
}
