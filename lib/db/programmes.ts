import 'server-only'

import { shippedProgrammes } from '@/lib/rules/data/programmes'
import type { AnyProgramme } from '@/lib/rules/programmes/evaluate'

import { screeningHistory } from './history'

/**
 * Every programme to screen with, Safe Mobility first: its rule history as the database holds it (or the
 * fallback when it is down), the other programmes as shipped.
 */
export async function screeningProgrammes(): Promise<AnyProgramme[]> {
  const history = await screeningHistory()
  return shippedProgrammes.map((p) => (p.engine === 'safe-mobility' ? { ...p, history } : p))
}
