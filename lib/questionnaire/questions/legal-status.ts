// "Which papers do you have?": the statuses and documents offered in the host country, or none / not sure.
import { type StatusCode, statusCodes } from '@/lib/rules/answers'

import { exclusiveStatuses, statusOptionsFor } from '../status-options'
import { fail, many } from './fields'
import type { QuestionModule } from './types'

export const legalStatus: QuestionModule = {
  id: 'legal-status',
  answers: 'statuses',
  parse(fields, draft) {
    const offered = [
      ...(draft.hostCountry ? statusOptionsFor(draft.hostCountry, draft.nationality) : []),
      ...exclusiveStatuses,
    ]
    const chosen = many(fields.status).filter(
      (c): c is StatusCode => (statusCodes as readonly string[]).includes(c) && offered.includes(c as StatusCode),
    )
    if (!chosen.length) return fail('status', 'choose_status')
    if (chosen.length > 1 && chosen.some((c) => exclusiveStatuses.includes(c)))
      return fail('status', 'status_exclusive')
    const before = new Map((draft.statuses ?? []).map((s) => [s.code, s]))
    return { ok: true, patch: { statuses: chosen.map((code) => before.get(code) ?? { code }) } }
  },
  isAnswered: (draft) => draft.statuses !== undefined,
  answerText: (draft, { t }) =>
    (draft.statuses ?? [])
      .map((s) =>
        s.code === 'none' || s.code === 'unsure'
          ? t(`legal-status.${s.code}`)
          : t(`legal-status.options.${s.code}.label`),
      )
      .join(', '),
}
