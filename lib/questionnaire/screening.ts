// What routing needs to know about a screening: the programmes it checks and the day it checks them on.
import { versionInForce } from '@/lib/rules/history'
import type { AnyProgramme } from '@/lib/rules/programmes/evaluate'
import type { RuleSet } from '@/lib/rules/schema'

export interface Screening {
  /** Every programme screened, Safe Mobility first (the server reads them from screeningProgrammes()). */
  programmes: AnyProgramme[]
  /** The day the rules are applied. */
  asOf: string
  /** Safe Mobility's rules in force that day: its own lookups decide the questions it needs. */
  version: RuleSet
}

/** The screening of `programmes` on `asOf`. */
export function screeningOn(programmes: AnyProgramme[], asOf: string): Screening {
  const safeMobility = programmes.find((p) => p.engine === 'safe-mobility')
  if (!safeMobility || safeMobility.engine !== 'safe-mobility') throw new Error('no Safe Mobility programme')
  return { programmes, asOf, version: versionInForce(safeMobility.history, asOf) }
}
