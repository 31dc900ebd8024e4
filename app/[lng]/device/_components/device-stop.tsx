'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { StopContent } from '@/components/result/stop-content'
import { countryName } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import { devicePath, goTo } from '@/lib/offline/device-flow'
import { readSessionDraft } from '@/lib/offline/session-draft'
import { hostParams } from '@/lib/questionnaire/explain'
import { nextStep, stopOf } from '@/lib/questionnaire/flow'
import { stopView } from '@/lib/questionnaire/stop'

import { usePageTitle } from './page-title'
import { type DeviceRules, deviceScreening } from './use-rules'

/** The early end of the questionnaire as the server's StopPage draws it; nothing is evaluated or queued. */
export function DeviceStop({ lng, rules }: { lng: Language; rules: DeviceRules }) {
  const { t } = useTranslation('questions')
  const { t: r } = useTranslation('results')
  const [draft] = useState(readSessionDraft)
  const screening = deviceScreening(rules, draft.asOf)
  const step = nextStep(draft, screening)
  const view = stopView(stopOf(draft), draft, screening.version, lng)
  const here = Boolean(view) && step === 'stop'
  useEffect(() => {
    if (!here) goTo(devicePath(lng, step), { replace: true })
  }, [here, lng, step])
  usePageTitle(t('result.title'))
  if (!view || !here) return null
  const params = {
    ...hostParams(t, draft.hostCountry),
    place: view.country ? countryName(lng, view.country) : t('stop.yourCountry'),
  }
  const back = devicePath(lng, view.stop === 'elsewhere' ? 'host-country' : 'nationality')
  return <StopContent t={t} r={r} view={view} params={params} back={back} />
}
