import 'server-only'

import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { explainParams } from '@/lib/questionnaire/explain'
import { criterionKeys, nextStepKeys } from '@/lib/questionnaire/sentences'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

/** Each field error with its message in `lng` next to the code. */
export function localizeIssues(issues: { path: string; code: string }[], lng: Language) {
  const t = getT(lng, 'api')
  return issues.map((issue) => ({
    ...issue,
    message: t(`errors.${issue.code}`, { defaultValue: t('errors.invalid') }),
  }))
}

/** Sentences for the outcome, each criterion and each next step, in `lng`, keyed like the codes. */
export function localizeEvaluation(evaluation: Evaluation, answers: Answers, lng: Language) {
  const t = getT(lng, 'questions')
  const r = getT(lng, 'results')
  const base = explainParams(lng, t, answers)
  return {
    language: lng,
    outcome: {
      title: r(`outcome.${evaluation.outcome}.title`, base),
      summary: r(`outcome.${evaluation.outcome}.summary`, base),
    },
    criteria: Object.fromEntries(
      evaluation.criteria.map((c) => [
        c.id,
        criterionKeys(c, answers)
          .map((key) => r(key, explainParams(lng, t, answers, c.ruleValue)))
          .join(' '),
      ]),
    ),
    nextSteps: evaluation.nextSteps.map((s) =>
      nextStepKeys(s)
        .map((key) => r(key, explainParams(lng, t, answers, s.params)))
        .join(' '),
    ),
  }
}
