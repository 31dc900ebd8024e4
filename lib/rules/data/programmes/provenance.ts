import type { Source } from '../../schema'
import { verifiedOn } from './sources'

/** Source, verified date and (where sources disagree, or a value is inferred) the reason for the chosen value. */
export function from(source: Source, reason?: string): { source: Source; verifiedOn: string; reason?: string } {
  return reason ? { source, verifiedOn, reason } : { source, verifiedOn }
}
