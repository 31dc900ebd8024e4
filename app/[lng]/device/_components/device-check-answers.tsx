'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { formatDate } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import { awaitCode, devicePath, goTo } from '@/lib/offline/device-flow'
import { enqueueOutcome } from '@/lib/offline/queue'
import { readSessionDraft, saveSessionDraft } from '@/lib/offline/session-draft'
import { deviceOutcome } from '@/lib/outcomes/device-outcome'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { journey, nextStep, questionModuleOf } from '@/lib/questionnaire/flow'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'
import { evaluateProgramme } from '@/lib/rules/programmes'

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
  const steps = journey(draft, screening)
  const rows = steps.map((id) => {
    const asked = questionModuleOf(id, screening)
    const label = asked.question?.[lng] ?? t(`check-answers.labels.${id}`)
    return { id, label, answer: asked.answerText(draft, { lng, t }) }
  })

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
    <>
      <a href={devicePath(lng, steps.at(-1) ?? 'host-country')} className="mb-4 inline-flex min-h-11 items-center">
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
                href={devicePath(lng, id)}
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
      <form action={seeResult}>
        <button type="submit" className="min-h-11 bg-green-800 px-5 text-lg font-bold text-white">
          {t('check-answers.submit')}
        </button>
      </form>
    </>
  )
}
