import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PastDayBanner } from '@/components/result/past-day-banner'
import { ProgrammeResults } from '@/components/result/programme-results'
import { UnsureTips } from '@/components/result/unsure-tips'
import { PrintButton } from '@/components/ui/print-button'
import { screeningHistory } from '@/lib/db/history'
import { formatDate } from '@/lib/i18n/format'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { readDraft } from '@/lib/questionnaire/draft-store'
import { explainParams } from '@/lib/questionnaire/explain'
import { programmesResult } from '@/lib/questionnaire/result-programmes'
import { resultView } from '@/lib/questionnaire/result-view'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'

import { seeResult, startAgain } from '../../_questionnaire/actions'
import { Criteria } from '../../_questionnaire/criteria'
import { NextSteps } from '../../_questionnaire/next-steps'

export async function generateMetadata({ params }: PageProps<'/[lng]/check/result'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'questions')('result.title') }
}

export default async function ResultPage({ params }: PageProps<'/[lng]/check/result'>) {
  const lng = await languageOf(params)
  const draft = await readDraft()
  const answers = completeAnswers(draft)
  // The outcome is stored when "See my result" is pressed (which names the screening); not before.
  if (!answers || !draft.screeningId) redirect(`/${lng}/check/check-answers`)
  const today = todayIso()
  // The day the answers were evaluated on when submitted, so a result opened after midnight stays the same.
  const asOf = draft.asOf ?? draft.evaluatedOn ?? today
  const history = await screeningHistory()
  const evaluation = evaluate(history, answers, asOf)
  const others = (await programmesResult(answers, asOf, [lng]))[lng]!
  const view = resultView(history, answers, evaluation, today, lng)
  const t = getT(lng, 'questions')
  const r = getT(lng, 'results')
  const base = explainParams(lng, t, answers, { asOf })
  return (
    <>
      {view.pastDay && <PastDayBanner t={t} date={formatDate(lng, asOf)} closedToday={view.closedToday} />}
      <div role="status" className={`mb-6 border-l-8 p-4 ${outcomeColour[evaluation.outcome]}`}>
        <p className="text-sm font-bold tracking-wide uppercase">{t('result.title')}</p>
        <h1 className="text-2xl font-bold">{r(`outcome.${evaluation.outcome}.title`, base)}</h1>
        <p className="mt-2">{r(`outcome.${evaluation.outcome}.${view.pastDay ? 'summary' : 'summary_today'}`, base)}</p>
      </div>
      <p className="mb-6 text-sm text-gray-700">{t('result.asOf', { date: formatDate(lng, asOf) })}</p>
      <h2 className="mb-2 text-xl font-bold">{t('result.reasons')}</h2>
      <Criteria lng={lng} t={t} r={r} answers={answers} criteria={evaluation.criteria} />
      {view.openDay && (
        <form action={seeResult.bind(null, 'check', lng)} className="mb-6 print:hidden">
          <input type="hidden" name="asOf" value={view.openDay} />
          <button type="submit" className="min-h-11 text-left text-brand underline">
            {t('result.tryOpenDate', { date: formatDate(lng, view.openDay) })}
          </button>
        </form>
      )}
      <h2 className="mb-2 text-xl font-bold">{t(view.pastDay ? 'result.nextPast' : 'result.next')}</h2>
      <NextSteps lng={lng} t={t} r={r} answers={answers} steps={view.steps} />
      <UnsureTips t={t} r={r} tips={view.tips} />
      <ProgrammeResults view={others} t={getT(lng, 'programmes')} r={r} />
      {draft.resultCode && (
        <>
          <p className="mt-6 font-bold">{t('result.code', { code: draft.resultCode })}</p>
          <p className="text-sm text-gray-700">{t('result.codeHint')}</p>
          <p className="mb-4 print:hidden">
            <a href={`/${lng}/r/${draft.resultCode}`} className="inline-flex min-h-11 items-center">
              {getT(lng, 'result-code')('link')}
            </a>
          </p>
        </>
      )}
      <p className="mb-6">{t('result.disclaimer')}</p>
      <div className="flex flex-wrap gap-4 print:hidden">
        <PrintButton label={t('result.print')} />
        <form action={startAgain.bind(null, lng)}>
          <button type="submit" className="min-h-11 bg-green-800 px-5 font-bold text-white">
            {t('result.startAgain')}
          </button>
        </form>
      </div>
    </>
  )
}

const outcomeColour = {
  likely_eligible: 'border-green-700 bg-green-50',
  not_eligible: 'border-red-700 bg-red-50',
  registration_closed: 'border-gray-700 bg-gray-100',
  needs_more_information: 'border-yellow-600 bg-yellow-50',
} as const
