import 'server-only'

import { screeningProgrammes } from '@/lib/db/programmes'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import type { Answers } from '@/lib/rules/answers'
import { type BlocksEvaluation, evaluateProgramme } from '@/lib/rules/programmes'

import { type ProgrammesView, programmesView } from './programme-view'

/** Every other programme evaluated for these answers on `asOf`, in words, in each language asked for. */
export async function programmesResult(
  answers: Answers,
  asOf: string,
  languages: Language[],
): Promise<Record<string, ProgrammesView>> {
  const programmes = await screeningProgrammes()
  const evaluations = programmes
    .map((p) => evaluateProgramme(p, answers, asOf))
    .filter((e): e is BlocksEvaluation => e.engine === 'blocks')
  const views: Record<string, ProgrammesView> = {}
  for (const lng of languages)
    views[lng] = programmesView(
      lng,
      { t: getT(lng, 'programmes'), q: getT(lng, 'questions') },
      programmes,
      evaluations,
      answers.nationality,
    )
  return views
}
