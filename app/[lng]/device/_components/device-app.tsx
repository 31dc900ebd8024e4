'use client'
import '@/lib/offline/jitless'

import type { ResourceLanguage } from 'i18next'
import { useMemo, useSyncExternalStore } from 'react'
import { I18nextProvider } from 'react-i18next'

import type { Language } from '@/lib/i18n/settings'
import { isQuestionId } from '@/lib/questionnaire/questions'

import { DeviceCheckAnswers } from './device-check-answers'
import { DeviceQuestion } from './device-question'
import { DeviceResult } from './device-result'
import { DeviceStop } from './device-stop'
import { deviceI18n } from './i18n'
import { useRules } from './use-rules'

const subscribe = () => () => {}

/**
 * The questionnaire in the browser: the same question bodies, routing (lib/questionnaire/flow.ts) and rules engine
 * (lib/rules) as the server's pages, with the answers in this tab's sessionStorage. Before the script runs (or
 * without JavaScript) it shows only a link to the start page, whose form works without it.
 */
export function DeviceApp({ lng, texts, startLabel }: { lng: Language; texts: ResourceLanguage; startLabel: string }) {
  const i18n = useMemo(() => deviceI18n(lng, texts), [lng, texts])
  // The step is in the address (/{lng}/device/{step}); the server's copy of the shell has none.
  const step = useSyncExternalStore(
    subscribe,
    () => window.location.pathname.split('/')[3] ?? 'host-country',
    () => null,
  )
  const rules = useRules()
  if (step === null || rules === null || rules === 'missing')
    return (
      <p>
        <a href={`/${lng}`}>{startLabel}</a>
      </p>
    )
  const props = { lng, rules }
  return (
    <I18nextProvider i18n={i18n}>
      {isQuestionId(step) ? (
        <DeviceQuestion {...props} question={step} />
      ) : step === 'check-answers' ? (
        <DeviceCheckAnswers {...props} />
      ) : step === 'result' ? (
        <DeviceResult {...props} />
      ) : (
        <DeviceStop {...props} />
      )}
    </I18nextProvider>
  )
}
