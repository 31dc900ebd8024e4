import { redirect } from 'next/navigation'

import { countryName } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { readDraft } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { nextStep, stopOf } from '@/lib/questionnaire/flow'
import { type Mode, stepPath } from '@/lib/questionnaire/mode'
import { stopView } from '@/lib/questionnaire/stop'

/** The early end of the questionnaire ("another country", "stateless or not known"), for both modes. */
export async function StopPage({ lng, mode, after }: { lng: Language; mode: Mode; after?: React.ReactNode }) {
  const draft = await readDraft()
  const screening = await screeningFor(draft)
  const view = stopView(stopOf(draft), draft, screening.version, lng)
  if (!view || nextStep(draft, screening) !== 'stop') redirect(stepPath(lng, mode, nextStep(draft, screening)))
  const t = getT(lng, 'questions')
  const r = getT(lng, 'results')
  const params = {
    ...hostParams(t, draft.hostCountry),
    place: view.country ? countryName(lng, view.country) : t('stop.yourCountry'),
  }
  const back = view.stop === 'elsewhere' ? 'host-country' : 'nationality'
  return (
    <>
      <a href={stepPath(lng, mode, back)} className="mb-4 inline-flex min-h-11 items-center">
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
        {view.steps.map((step) => {
          const url = typeof step.params?.url === 'string' ? step.params.url : undefined
          return (
            <li key={step.code}>
              {r(`next.${step.code}`, params)}
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
        <a href={stepPath(lng, mode, back)} className="inline-flex min-h-11 items-center">
          {t(`stop.${view.stop}.change`)}
        </a>
      </p>
      {after}
    </>
  )
}
