import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { explainParams } from '@/lib/questionnaire/explain'
import type { ResultView } from '@/lib/questionnaire/result-view'
import type { Answers } from '@/lib/rules/answers'
import type { Evaluation } from '@/lib/rules/evaluation'

import { Criteria } from '../../_questionnaire/criteria'
import { NextSteps } from '../../_questionnaire/next-steps'

/** One language's half of the result sheet: outcome, reasons, next steps with official links, fraud warning. */
export function SheetColumn({
  lng,
  answers,
  evaluation,
  view,
}: {
  lng: Language
  answers: Answers
  evaluation: Evaluation
  view: ResultView
}) {
  const t = getT(lng, 'questions')
  const r = getT(lng, 'results')
  const s = getT(lng, 'assisted')
  const base = explainParams(lng, t, answers, { date: evaluation.asOf, asOf: evaluation.asOf })
  // The sheet's own warning box says it is free; the step saying the same would print it twice per column.
  const steps = view.steps.filter((s) => s.code !== 'free-of-charge')
  return (
    <section lang={lng} aria-labelledby={`outcome-${lng}`} className="min-w-0">
      <div className="mb-4 border-4 border-gray-900 p-3 print:mb-2 print:p-2">
        <p className="text-sm font-bold tracking-wide uppercase">{t('result.title')}</p>
        <h2 id={`outcome-${lng}`} className="text-xl font-bold">
          {r(`outcome.${evaluation.outcome}.title`, base)}
        </h2>
        <p className="mt-1">{r(`outcome.${evaluation.outcome}.${view.pastDay ? 'summary' : 'summary_today'}`, base)}</p>
      </div>
      <h3 className="mb-2 font-bold">{t('result.reasons')}</h3>
      <Criteria lng={lng} t={t} r={r} answers={answers} criteria={evaluation.criteria} />
      <h3 className="mb-2 font-bold">{t(view.pastDay ? 'result.nextPast' : 'result.next')}</h3>
      <NextSteps lng={lng} t={t} r={r} answers={answers} steps={steps} />
      {view.tips.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {view.tips.map((tip) => (
            <li key={tip.code}>{r(`tips.${tip.code}`)}</li>
          ))}
        </ul>
      )}
      <p className="mt-4 border-2 border-gray-900 p-2 font-bold print:mt-2 print:p-1">⚠ {s('sheet.fraud')}</p>
      <p className="mt-2 text-sm">{t('result.disclaimer')}</p>
    </section>
  )
}
