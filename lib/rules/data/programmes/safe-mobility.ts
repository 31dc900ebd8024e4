// The Safe Mobility Initiative as the programme `safe-mobility`: its metadata around today's rule history,
// which stays as it is (lib/rules/data) and keeps its own engine, version ids and vectors.
import type { SafeMobilityProgramme } from '../../programmes/evaluate'
import { shippedHistory } from '../index'
import { sources as SM, verifiedOn } from '../sources'
import { programmeText } from './text'

export const safeMobility: SafeMobilityProgramme = {
  id: 'safe-mobility',
  engine: 'safe-mobility',
  kind: 'third-country-pathway',
  ...programmeText('safe-mobility'),
  hostCountries: ['CO', 'CR', 'EC', 'GT'],
  links: [{ purpose: 'information', source: SM.MS_HOME, verifiedOn }],
  facts: [],
  history: shippedHistory,
}
