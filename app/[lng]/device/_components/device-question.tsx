'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Language } from '@/lib/i18n/settings'
import { devicePath, goTo } from '@/lib/offline/device-flow'
import { readSessionDraft, saveSessionDraft } from '@/lib/offline/session-draft'
import type { Flash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { applyAnswer, journey, nextStep, stepNumber } from '@/lib/questionnaire/flow'
import {
  type BaseQuestionId,
  factOf,
  type Fields,
  type QuestionId,
  questionModule,
} from '@/lib/questionnaire/questions'
import { todayIso } from '@/lib/rules/dates'

import { bodies } from '../../_questionnaire/bodies'
import { Fact } from '../../_questionnaire/fact'
import { QuestionShell } from '../../_questionnaire/question-shell'
import { usePageTitle } from './page-title'
import { type DeviceRules, deviceScreening } from './use-rules'

function fieldsOf(formData: FormData): Fields {
  const fields: Fields = {}
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).map(String)
    fields[key] = all.length > 1 ? all : all[0]
  }
  return fields
}

/** One question, as the server's page draws it (QuestionPage), answered and routed in the browser. */
export function DeviceQuestion({ lng, rules, question }: { lng: Language; rules: DeviceRules; question: QuestionId }) {
  const { t } = useTranslation('questions')
  const [draft] = useState(readSessionDraft)
  const [flash, setFlash] = useState<Flash | null>(null)
  const screening = deviceScreening(rules, draft.asOf)
  const steps = journey(draft, screening)
  const first = nextStep(draft, screening)
  const index = steps.indexOf(question)
  const asked = questionModule(question, screening.programmes)
  const reachable =
    asked !== undefined &&
    index >= 0 &&
    (first === 'check-answers' || first === 'stop' || index <= steps.indexOf(first))
  useEffect(() => {
    if (!reachable) goTo(devicePath(lng, first), { replace: true })
  }, [reachable, lng, first])
  const title = asked?.question?.[lng] ?? t(`${question}.title`, hostParams(t, draft.hostCountry))
  usePageTitle(flash ? `${t('errorTitle')}: ${title}` : title)
  if (!reachable || !asked) return null

  const submit = async (formData: FormData) => {
    const fields = fieldsOf(formData)
    const parsed = asked.parse(fields, draft, todayIso())
    if (!parsed.ok) {
      const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
      setFlash({ question, nonce: '', errors: parsed.errors, values: values as Flash['values'] })
      return
    }
    const next = applyAnswer(draft, parsed.patch, screening)
    saveSessionDraft(next)
    goTo(devicePath(lng, nextStep(next, deviceScreening(rules, next.asOf))))
  }
  const errors = Object.fromEntries(Object.entries(flash?.errors ?? {}).map(([f, code]) => [f, t(`errors.${code}`)]))
  const Body = factOf(question) ? Fact : bodies[question as BaseQuestionId]
  const previous = steps[index - 1]
  const reasked = draft.hostChanged && (question === 'arrival-date' || question === 'legal-status')
  return (
    <QuestionShell
      action={submit}
      backHref={previous ? devicePath(lng, previous) : `/${lng}`}
      errors={Object.entries(errors).map(([field, text]) => ({ field, text }))}
      texts={{
        back: t('back'),
        step: t('step', stepNumber(draft, screening, question)),
        continue: t('continue'),
        errorTitle: t('errorTitle'),
      }}
      extra={
        question === 'arrival-date' && (
          <button type="submit" name="arrival-unsure" value="1" className="min-h-11 px-2 text-brand underline">
            {t('arrival-date.unsure')}
          </button>
        )
      }
    >
      {reasked && (
        <p role="status" data-testid="reasked-notice" className="border-l-4 border-brand bg-blue-50 p-3">
          {t('notice.hostChanged', hostParams(t, draft.hostCountry))}
        </p>
      )}
      <Body
        key={flash ? 'again' : 'first'}
        lng={lng}
        t={t}
        draft={draft}
        version={screening.version}
        screening={screening}
        question={asked}
        flash={flash}
        errors={errors}
      />
    </QuestionShell>
  )
}
