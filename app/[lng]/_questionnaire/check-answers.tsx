import { redirect } from 'next/navigation'

import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { readDraft } from '@/lib/questionnaire/draft-store'
import { nextStep } from '@/lib/questionnaire/flow'
import { type Mode, stepPath } from '@/lib/questionnaire/mode'

import { seeResult } from './actions'
import { AnswersSummary } from './answers-summary'

/** "Check your answers" with change links and the button that stores the outcome; for both modes. */
export async function CheckAnswers({ lng, mode }: { lng: Language; mode: Mode }) {
  const draft = await readDraft()
  const screening = await screeningFor(draft)
  const step = nextStep(draft, screening)
  if (step !== 'check-answers') redirect(stepPath(lng, mode, step))
  const t = getT(lng, 'questions')
  return (
    <AnswersSummary
      lng={lng}
      t={t}
      draft={draft}
      screening={screening}
      pathOf={(id) => stepPath(lng, mode, id)}
      action={seeResult.bind(null, mode, lng)}
    />
  )
}
