import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

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
import { ResultBody } from '../../_questionnaire/result-body'

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
    <ResultBody
      lng={lng}
      t={t}
      r={r}
      p={getT(lng, 'programmes')}
      answers={answers}
      evaluation={evaluation}
      asOf={asOf}
      view={view}
      others={others}
      base={base}
      afterReasons={
        view.openDay && (
          <form action={seeResult.bind(null, 'check', lng)} className="mb-6 print:hidden">
            <input type="hidden" name="asOf" value={view.openDay} />
            <button type="submit" className="min-h-11 text-left text-brand underline">
              {t('result.tryOpenDate', { date: formatDate(lng, view.openDay) })}
            </button>
          </form>
        )
      }
      code={
        draft.resultCode && (
          <>
            <p className="mt-6 font-bold">{t('result.code', { code: draft.resultCode })}</p>
            <p className="text-sm text-gray-700">{t('result.codeHint')}</p>
            <p className="mb-4 print:hidden">
              <a href={`/${lng}/r/${draft.resultCode}`} className="inline-flex min-h-11 items-center">
                {getT(lng, 'result-code')('link')}
              </a>
            </p>
          </>
        )
      }
      startAgain={
        <form action={startAgain.bind(null, lng)}>
          <button type="submit" className="min-h-11 bg-green-800 px-5 font-bold text-white">
            {t('result.startAgain')}
          </button>
        </form>
      }
    />
  )
}
