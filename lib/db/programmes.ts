import 'server-only'

import { shippedProgrammes } from '@/lib/rules/data/programmes'
import type { AnyProgramme } from '@/lib/rules/programmes/evaluate'

import { screeningHistory, screeningProgrammeData } from './history'

/**
 * Every programme to screen with, Safe Mobility first: its rule history and the other programmes as the
 * database holds them (shipped ones seeded, admin-created ones after), through one in-memory cache that every
 * instance refreshes on a change notification; the shipped ones while the database has not answered.
 */
export async function screeningProgrammes(): Promise<AnyProgramme[]> {
  const [history, stored] = await Promise.all([screeningHistory(), screeningProgrammeData()])
  const safeMobility = shippedProgrammes.filter((p) => p.engine === 'safe-mobility').map((p) => ({ ...p, history }))
  const others = stored ?? shippedProgrammes.filter((p) => p.engine === 'blocks')
  return [...safeMobility, ...others]
}
