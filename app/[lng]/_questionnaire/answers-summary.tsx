import type { TFunction } from 'i18next'

import { formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import type { Draft } from '@/lib/questionnaire/draft'
import { journey, questionModuleOf } from '@/lib/questionnaire/flow'
import type { Screening } from '@/lib/questionnaire/screening'
import { todayIso } from '@/lib/rules/dates'

interface AnswersSummaryProps {
  lng: Language
  t: TFunction
  draft: Draft
  screening: Screening
  /** Where a question lives: the server questionnaire's path or the device's. */
  pathOf: (step: string) => string
  /** What "See my result" does: the server action, or evaluating on the device. */
  action: (formData: FormData) => void | Promise<void>
}

/** "Check your answers" with change links and the result button, for the server's CheckAnswers and the device's. */
export function AnswersSummary({ lng, t, draft, screening, pathOf, action }: AnswersSummaryProps) {
  const steps = journey(draft, screening)
  const rows = steps.map((id) => {
    const asked = questionModuleOf(id, screening)
    const label = asked.question?.[lng] ?? t(`check-answers.labels.${id}`)
    return { id, label, answer: asked.answerText(draft, { lng, t }) }
  })
  return (
    <>
      <a href={pathOf(steps.at(-1) ?? 'host-country')} className="mb-4 inline-flex min-h-11 items-center">
        ← {t('back')}
      </a>
      <h1 className="mb-4 text-2xl font-bold">{t('check-answers.title')}</h1>
      <dl className="mb-6 divide-y divide-gray-300 border-y border-gray-300">
        {rows.map(({ id, label, answer }) => (
          <div key={id} className="py-3 sm:grid sm:grid-cols-[10rem_1fr_auto] sm:gap-4">
            <dt className="font-bold">{label}</dt>
            <dd>{answer}</dd>
            <dd>
              <a
                href={pathOf(id)}
                className="inline-flex min-h-11 items-center"
                aria-label={t('check-answers.changeWhat', { question: label })}
              >
                {t('check-answers.change')}
              </a>
            </dd>
          </div>
        ))}
        <div className="py-3 sm:grid sm:grid-cols-[10rem_1fr_auto] sm:gap-4">
          <dt className="font-bold">{t('check-answers.asOf')}</dt>
          <dd>
            {draft.asOf ? formatDate(lng, draft.asOf) : `${formatDate(lng, todayIso())} (${t('check-answers.today')})`}
          </dd>
        </div>
      </dl>
      <form action={action}>
        <button type="submit" className="min-h-11 bg-green-800 px-5 text-lg font-bold text-white">
          {t('check-answers.submit')}
        </button>
      </form>
    </>
  )
}
