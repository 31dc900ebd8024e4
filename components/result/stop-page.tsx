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

import { StopContent } from './stop-content'

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
  const back = stepPath(lng, mode, view.stop === 'elsewhere' ? 'host-country' : 'nationality')
  return (
    <>
      <StopContent t={t} r={r} view={view} params={params} back={back} />
      {after}
    </>
  )
}
