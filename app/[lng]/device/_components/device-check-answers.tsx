'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Language } from '@/lib/i18n/settings'
import { awaitCode, devicePath, goTo } from '@/lib/offline/device-flow'
import { enqueueOutcome } from '@/lib/offline/queue'
import { readSessionDraft, saveSessionDraft } from '@/lib/offline/session-draft'
import { deviceOutcome } from '@/lib/outcomes/device-outcome'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { nextStep } from '@/lib/questionnaire/flow'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'
import { evaluateProgramme } from '@/lib/rules/programmes'

import { AnswersSummary } from '../../_questionnaire/answers-summary'
import { usePageTitle } from './page-title'
import { deviceHistory, type DeviceRules, deviceScreening } from './use-rules'

/**
 * "Check your answers" as the server draws it (CheckAnswers); "See my result" evaluates in the browser and puts
 * the anonymised outcome in the device's queue under a new idempotency key, then shows the result.
 */
export function DeviceCheckAnswers({ lng, rules }: { lng: Language; rules: DeviceRules }) {
  const { t } = useTranslation('questions')
  const [draft] = useState(readSessionDraft)
  const screening = deviceScreening(rules, draft.asOf)
  const step = nextStep(draft, screening)
  useEffect(() => {
    if (step !== 'check-answers') goTo(devicePath(lng, step), { replace: true })
  }, [step, lng])
  usePageTitle(t('check-answers.title'))
  if (step !== 'check-answers') return null

  const seeResult = async () => {
    const answers = completeAnswers(draft)
    if (!answers) return
    const key = draft.screeningId ?? crypto.randomUUID()
    if (!draft.screeningId) {
      const evaluation = evaluate(deviceHistory(rules), answers, screening.asOf)
      const meta = { key, screenedOn: todayIso(), offline: !navigator.onLine, locale: lng }
      const programmes = rules.programmes.map((p) => evaluateProgramme(p, answers, screening.asOf))
      const outcome = deviceOutcome(evaluation, programmes, answers, meta)
      awaitCode(outcome)
      await enqueueOutcome(outcome)
    }
    saveSessionDraft({ ...draft, screeningId: key, evaluatedOn: draft.evaluatedOn ?? screening.asOf })
    goTo(devicePath(lng, 'result'))
  }
  return (
    <AnswersSummary
      lng={lng}
      t={t}
      draft={draft}
      screening={screening}
      pathOf={(id) => devicePath(lng, id)}
      action={seeResult}
    />
  )
}
