import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'

import { PastDayBanner } from '@/components/result/past-day-banner'
import { ProgrammeResults } from '@/components/result/programme-results'
import { UnsureTips } from '@/components/result/unsure-tips'
import { PrintButton } from '@/components/ui/print-button'
import { formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import type { ProgrammesView } from '@/lib/questionnaire/programme-view'
import type { ResultView } from '@/lib/questionnaire/result-view'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

import { Criteria } from './criteria'
import { NextSteps } from './next-steps'

const outcomeColour = {
  likely_eligible: 'border-green-700 bg-green-50',
  not_eligible: 'border-red-700 bg-red-50',
  registration_closed: 'border-gray-700 bg-gray-100',
  needs_more_information: 'border-yellow-600 bg-yellow-50',
} as const

interface ResultBodyProps {
  lng: Language
  /** The questions, results and programmes namespaces. */
  t: TFunction
  r: TFunction
  p: TFunction
  answers: Answers
  evaluation: Evaluation
  asOf: string
  view: ResultView
  others: ProgrammesView
  /** explainParams for these answers and day. */
  base: Record<string, unknown>
  /** Under the day: which rules the device used (the device only). */
  rulesNote?: ReactNode
  /** Under the reasons: "try the day registration was open" (the server only). */
  afterReasons?: ReactNode
  /** The result code, or where it will appear. */
  code: ReactNode
  /** The "start again" control. */
  startAgain: ReactNode
}

/** The result as the server's result page and the device's draw it; each page evaluates and feeds it. */
export function ResultBody(props: ResultBodyProps) {
  const { lng, t, r, answers, evaluation, asOf, view, base } = props
  return (
    <>
      {view.pastDay && <PastDayBanner t={t} date={formatDate(lng, asOf)} closedToday={view.closedToday} />}
      <div role="status" className={`mb-6 border-l-8 p-4 ${outcomeColour[evaluation.outcome]}`}>
        <p className="text-sm font-bold tracking-wide uppercase">{t('result.title')}</p>
        <h1 className="text-2xl font-bold">{r(`outcome.${evaluation.outcome}.title`, base)}</h1>
        <p className="mt-2">{r(`outcome.${evaluation.outcome}.${view.pastDay ? 'summary' : 'summary_today'}`, base)}</p>
      </div>
      <p className={`${props.rulesNote ? 'mb-1' : 'mb-6'} text-sm text-gray-700`}>
        {t('result.asOf', { date: formatDate(lng, asOf) })}
      </p>
      {props.rulesNote}
      <h2 className="mb-2 text-xl font-bold">{t('result.reasons')}</h2>
      <Criteria lng={lng} t={t} r={r} answers={answers} criteria={evaluation.criteria} />
      {props.afterReasons}
      <h2 className="mb-2 text-xl font-bold">{t(view.pastDay ? 'result.nextPast' : 'result.next')}</h2>
      <NextSteps lng={lng} t={t} r={r} answers={answers} steps={view.steps} />
      <UnsureTips t={t} r={r} tips={view.tips} />
      <ProgrammeResults view={props.others} t={props.p} r={r} />
      {props.code}
      <p className="mb-6">{t('result.disclaimer')}</p>
      <div className="flex flex-wrap gap-4 print:hidden">
        <PrintButton label={t('result.print')} />
        {props.startAgain}
      </div>
    </>
  )
}
