import type { TFunction } from 'i18next'

import type { Language } from '@/lib/i18n/settings'
import { explainParams } from '@/lib/questionnaire/explain'
import { criterionKeys } from '@/lib/questionnaire/sentences'
import type { Answers } from '@/lib/rules/answers'
import type { Criterion } from '@/lib/rules/evaluation'

const mark = { met: '✓', not_met: '✗', unknown: '?' } as const

/** Every criterion with its rule value, in words ("You arrived after 11 June 2023, …"). */
export function Criteria({
  lng,
  t,
  r,
  answers,
  criteria,
}: {
  lng: Language
  t: TFunction
  r: TFunction
  answers: Answers
  criteria: Criterion[]
}) {
  return (
    <ul className="mb-6 space-y-3">
      {criteria.map((c) => (
        <li key={c.id} className="flex gap-3">
          <span aria-hidden="true" className="w-5 shrink-0 font-bold">
            {mark[c.status]}
          </span>
          <span>
            <span className="sr-only">{r(`status.${c.status}`)}: </span>
            {criterionKeys(c, answers)
              .map((key) => r(key, explainParams(lng, t, answers, c.ruleValue)))
              .join(' ')}
          </span>
        </li>
      ))}
    </ul>
  )
}
