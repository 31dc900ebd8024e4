import { redirect } from 'next/navigation'

import { formatDate } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { readDraft } from '@/lib/questionnaire/draft-store'
import { journey, nextStep, questionModuleOf } from '@/lib/questionnaire/flow'
import { type Mode, stepPath } from '@/lib/questionnaire/mode'
import { todayIso } from '@/lib/rules/dates'

import { seeResult } from './actions'

/** "Check your answers" with change links and the button that stores the outcome; for both modes. */
export async function CheckAnswers({ lng, mode }: { lng: Language; mode: Mode }) {
  const draft = await readDraft()
  const screening = await screeningFor(draft)
  const step = nextStep(draft, screening)
  if (step !== 'check-answers') redirect(stepPath(lng, mode, step))
  const t = getT(lng, 'questions')
  const steps = journey(draft, screening)
  const rows = steps.map((id) => {
    const asked = questionModuleOf(id, screening)
    const label = asked.question?.[lng] ?? t(`check-answers.labels.${id}`)
    return { id, label, answer: asked.answerText(draft, { lng, t }) }
  })
  return (
    <>
      <a href={stepPath(lng, mode, steps.at(-1) ?? 'host-country')} className="mb-4 inline-flex min-h-11 items-center">
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
                href={stepPath(lng, mode, id)}
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
      <form action={seeResult.bind(null, mode, lng)}>
        <button type="submit" className="min-h-11 bg-green-800 px-5 text-lg font-bold text-white">
          {t('check-answers.submit')}
        </button>
      </form>
    </>
  )
}
