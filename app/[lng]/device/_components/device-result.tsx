'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { PastDayBanner } from '@/components/result/past-day-banner'
import { ProgrammeResults } from '@/components/result/programme-results'
import { UnsureTips } from '@/components/result/unsure-tips'
import { PrintButton } from '@/components/ui/print-button'
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

import { Criteria } from '../../_questionnaire/criteria'
import { NextSteps } from '../../_questionnaire/next-steps'
import { usePageTitle } from './page-title'
import { ResultCode } from './result-code'
import { deviceHistory, type DeviceRules } from './use-rules'

const outcomeColour = {
  likely_eligible: 'border-green-700 bg-green-50',
  not_eligible: 'border-red-700 bg-red-50',
  registration_closed: 'border-gray-700 bg-gray-100',
  needs_more_information: 'border-yellow-600 bg-yellow-50',
} as const

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
    <>
      {view.pastDay && <PastDayBanner t={t} date={formatDate(lng, asOf)} closedToday={view.closedToday} />}
      <div role="status" className={`mb-6 border-l-8 p-4 ${outcomeColour[evaluation.outcome]}`}>
        <p className="text-sm font-bold tracking-wide uppercase">{t('result.title')}</p>
        <h1 className="text-2xl font-bold">{r(`outcome.${evaluation.outcome}.title`, base)}</h1>
        <p className="mt-2">{r(`outcome.${evaluation.outcome}.${view.pastDay ? 'summary' : 'summary_today'}`, base)}</p>
      </div>
      <p className="mb-1 text-sm text-gray-700">{t('result.asOf', { date: formatDate(lng, asOf) })}</p>
      <p className="mb-6 text-sm text-gray-700" data-testid="rules-downloaded">
        {t('result.rulesDownloaded', { date: formatDate(lng, rules.downloadedOn) })}
      </p>
      <h2 className="mb-2 text-xl font-bold">{t('result.reasons')}</h2>
      <Criteria lng={lng} t={t} r={r} answers={answers} criteria={evaluation.criteria} />
      <h2 className="mb-2 text-xl font-bold">{t(view.pastDay ? 'result.nextPast' : 'result.next')}</h2>
      <NextSteps lng={lng} t={t} r={r} answers={answers} steps={view.steps} />
      <UnsureTips t={t} r={r} tips={view.tips} />
      <ProgrammeResults view={others} t={p} r={r} />
      <ResultCode lng={lng} code={code} />
      <p className="mb-6">{t('result.disclaimer')}</p>
      <div className="flex flex-wrap gap-4 print:hidden">
        <PrintButton label={t('result.print')} />
        <button type="button" onClick={startAgain} className="min-h-11 bg-green-800 px-5 font-bold text-white">
          {t('result.startAgain')}
        </button>
      </div>
    </>
  )
}
