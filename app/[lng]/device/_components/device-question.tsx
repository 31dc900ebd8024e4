'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Language } from '@/lib/i18n/settings'
import { devicePath, goTo } from '@/lib/offline/device-flow'
import { readSessionDraft, saveSessionDraft } from '@/lib/offline/session-draft'
import type { Flash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { applyAnswer, journey, nextStep, type QuestionId, stepNumber } from '@/lib/questionnaire/flow'
import { type Fields, parseQuestion } from '@/lib/questionnaire/parse'
import { todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'

import { QuestionShell } from '../../_questionnaire/question-shell'
import { bodies } from './bodies'
import { usePageTitle } from './page-title'
import type { DeviceRules } from './use-rules'

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
  const version = versionInForce(rules.history, draft.asOf ?? todayIso())
  const steps = journey(draft, version)
  const first = nextStep(draft, version)
  const index = steps.indexOf(question)
  const reachable = index >= 0 && (first === 'check-answers' || first === 'stop' || index <= steps.indexOf(first))
  useEffect(() => {
    if (!reachable) goTo(devicePath(lng, first), { replace: true })
  }, [reachable, lng, first])
  const title = t(`${question}.title`, hostParams(t, draft.hostCountry))
  usePageTitle(flash ? `${t('errorTitle')}: ${title}` : title)
  if (!reachable) return null

  const submit = async (formData: FormData) => {
    const fields = fieldsOf(formData)
    const parsed = parseQuestion(question, fields, draft, todayIso())
    if (!parsed.ok) {
      const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
      setFlash({ question, nonce: '', errors: parsed.errors, values: values as Flash['values'] })
      return
    }
    const next = applyAnswer(draft, parsed.patch, version)
    saveSessionDraft(next)
    goTo(devicePath(lng, nextStep(next, version)))
  }
  const errors = Object.fromEntries(Object.entries(flash?.errors ?? {}).map(([f, code]) => [f, t(`errors.${code}`)]))
  const Body = bodies[question]
  const previous = steps[index - 1]
  const reasked = draft.hostChanged && (question === 'arrival-date' || question === 'legal-status')
  return (
    <QuestionShell
      action={submit}
      backHref={previous ? devicePath(lng, previous) : `/${lng}`}
      errors={Object.entries(errors).map(([field, text]) => ({ field, text }))}
      texts={{
        back: t('back'),
        step: t('step', stepNumber(draft, version, question)),
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
        version={version}
        flash={flash}
        errors={errors}
      />
    </QuestionShell>
  )
}
