'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Language } from '@/lib/i18n/settings'
import { devicePath, goTo } from '@/lib/offline/device-flow'
import { readSessionDraft, saveSessionDraft } from '@/lib/offline/session-draft'
import type { Flash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { applyAnswer, journey, nextStep } from '@/lib/questionnaire/flow'
import { type Fields, type QuestionId, questionModule } from '@/lib/questionnaire/questions'
import { todayIso } from '@/lib/rules/dates'

import { QuestionForm } from '../../_questionnaire/question-form'
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
  const previous = steps[index - 1]
  return (
    <QuestionForm
      lng={lng}
      t={t}
      draft={draft}
      screening={screening}
      question={question}
      asked={asked}
      flash={flash}
      action={submit}
      backHref={previous ? devicePath(lng, previous) : `/${lng}`}
      bodyKey={flash ? 'again' : 'first'}
    />
  )
}
