import 'server-only'

import { screeningProgrammes } from '@/lib/db/programmes'
import type { Language } from '@/lib/i18n/settings'

import type { ProgrammeNames } from './labels'

/** Every programme's name in `lng`, by id, for the programme view, its filter and the CSV. */
export async function programmeNames(lng: Language): Promise<ProgrammeNames> {
  return new Map((await screeningProgrammes()).map((p) => [p.id, p.name[lng]]))
}
