import type { TFunction } from 'i18next'

import { OfficialLink } from '@/components/result/official-link'
import type { Language } from '@/lib/i18n/settings'
import { explainParams } from '@/lib/questionnaire/explain'
import { nextStepKeys } from '@/lib/questionnaire/sentences'
import type { Answers } from '@/lib/rules/answers'
import type { NextStep } from '@/lib/rules/evaluation'

/** What to do next; links open the official or UNHCR page named in the rules. */
export function NextSteps({
  lng,
  t,
  r,
  answers,
  steps,
}: {
  lng: Language
  t: TFunction
  r: TFunction
  answers: Answers
  steps: NextStep[]
}) {
  return (
    <ul className="list-disc space-y-2 pl-6">
      {steps.map((step) => {
        const params = explainParams(lng, t, answers, step.params)
        const url = typeof step.params?.url === 'string' ? step.params.url : undefined
        return (
          <li key={step.code}>
            {nextStepKeys(step)
              .map((key) => r(key, params))
              .join(' ')}
            <OfficialLink url={url} />
          </li>
        )
      })}
    </ul>
  )
}
