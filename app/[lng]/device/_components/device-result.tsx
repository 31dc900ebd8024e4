'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import { devicePath, goTo, resultCodes, sendWaiting, storedEvent } from '@/lib/offline/device-flow'
import { clearSessionDraft, readSessionDraft } from '@/lib/offline/session-draft'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { explainParams } from '@/lib/questionnaire/explain'
import { programmesView } from '@/lib/questionnaire/programme-view'
import { resultView } from '@/lib/questionnaire/result-view'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'
import { type BlocksEvaluation, evaluateProgramme } from '@/lib/rules/programmes'

import { ResultBody } from '../../_questionnaire/result-body'
import { usePageTitle } from './page-title'
import { ResultCode } from './result-code'
import { deviceHistory, type DeviceRules } from './use-rules'

/** The result as the server's result page draws it, evaluated in the browser with the rules on the device. */
export function DeviceResult({ lng, rules }: { lng: Language; rules: DeviceRules }) {
  const { t } = useTranslation('questions')
  const { t: r } = useTranslation('results')
  const { t: p } = useTranslation('programmes')
  const [draft] = useState(readSessionDraft)
  const [code, setCode] = useState<string | undefined>(() => resultCodes()[draft.screeningId ?? ''] || undefined)
  useEffect(() => {
    const update = () => setCode(resultCodes()[draft.screeningId ?? ''] || undefined)
    window.addEventListener(storedEvent, update)
    void sendWaiting() // online: the code comes at once
    return () => window.removeEventListener(storedEvent, update)
  }, [draft.screeningId])
  const answers = completeAnswers(draft)
  useEffect(() => {
    if (!answers || !draft.screeningId) goTo(devicePath(lng, 'check-answers'), { replace: true })
  }, [answers, draft.screeningId, lng])
  usePageTitle(t('result.title'))
  if (!answers || !draft.screeningId) return null
  const today = todayIso()
  // The day the answers were evaluated on when submitted, so a result opened after midnight stays the same.
  const asOf = draft.asOf ?? draft.evaluatedOn ?? today
  const history = deviceHistory(rules)
  const evaluation = evaluate(history, answers, asOf)
  const view = resultView(history, answers, evaluation, today, lng)
  const others = programmesView(
    lng,
    { t: p, q: t },
    rules.programmes,
    rules.programmes
      .map((programme) => evaluateProgramme(programme, answers, asOf))
      .filter((e): e is BlocksEvaluation => e.engine === 'blocks'),
    answers.nationality,
  )
  const base = explainParams(lng, t, answers, { asOf })
  const startAgain = () => {
    clearSessionDraft()
    goTo(`/${lng}`)
  }
  return (
    <ResultBody
      lng={lng}
      t={t}
      r={r}
      p={p}
      answers={answers}
      evaluation={evaluation}
      asOf={asOf}
      view={view}
      others={others}
      base={base}
      rulesNote={
        <p className="mb-6 text-sm text-gray-700" data-testid="rules-downloaded">
          {t('result.rulesDownloaded', { date: formatDate(lng, rules.downloadedOn) })}
        </p>
      }
      code={<ResultCode lng={lng} code={code} />}
      startAgain={
        <button type="button" onClick={startAgain} className="min-h-11 bg-green-800 px-5 font-bold text-white">
          {t('result.startAgain')}
        </button>
      }
    />
  )
}
