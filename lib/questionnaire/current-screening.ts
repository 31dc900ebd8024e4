import 'server-only'

import { screeningProgrammes } from '@/lib/db/programmes'
import { todayIso } from '@/lib/rules/dates'

import type { Draft } from './draft'
import { type Screening, screeningOn } from './screening'

/** The screening a draft is answered for: every programme, on the draft's day (today when it names none). */
export async function screeningFor(draft: Draft): Promise<Screening> {
  return screeningOn(await screeningProgrammes(), draft.asOf ?? todayIso())
}
