'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

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
  return (
    <>
      <a href={back} className="mb-4 inline-flex min-h-11 items-center">
        ← {t('back')}
      </a>
      <div role="status" className="mb-6 border-l-8 border-gray-700 bg-gray-100 p-4" data-testid="stop-outcome">
        <p className="text-sm font-bold tracking-wide uppercase">{t('result.title')}</p>
        <h1 className="text-2xl font-bold">{t(`stop.${view.stop}.title`, params)}</h1>
        <p className="mt-2">{t(`stop.${view.stop}.summary`, params)}</p>
        <p className="mt-2">{t('stop.ended')}</p>
      </div>
      <h2 className="mb-2 text-xl font-bold">{t('result.next')}</h2>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        {view.steps.map((s) => {
          const url = typeof s.params?.url === 'string' ? s.params.url : undefined
          return (
            <li key={s.code}>
              {r(`next.${s.code}`, params)}
              {url && (
                <>
                  {' '}
                  <a href={url} className="break-all">
                    {url.replace(/^https?:\/\//, '')}
                  </a>
                </>
              )}
            </li>
          )
        })}
      </ul>
      <p className="mb-6">
        <a href={back} className="inline-flex min-h-11 items-center">
          {t(`stop.${view.stop}.change`)}
        </a>
      </p>
    </>
  )
}
