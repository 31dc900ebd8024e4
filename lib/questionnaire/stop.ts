// The honest outcome of an early stop (lib/questionnaire/flow.ts): what we can say, and the next steps for
// where the person is. Nothing is evaluated or stored: there is no host country or nationality to check.
import type { Language } from '@/lib/i18n/settings'
import type { NextStep } from '@/lib/rules/evaluation'
import type { RuleSet } from '@/lib/rules/schema'

import type { Draft } from './draft'
import type { Stop } from './flow'
import { hostCountrySteps } from './host-help'
import { OUTSIDE_REGION } from './region'

/** UNHCR Help's home, which leads to every country's page (used when the person is in no host country). */
const UNHCR_HELP_HOME = 'https://help.unhcr.org/'

export interface StopView {
  stop: Stop
  /** ISO code of the country the person is in, when known (a host country, or one under "another country"). */
  country?: string
  steps: NextStep[]
}

/** What the stop page says for this draft, or null when the draft does not stop early. */
export function stopView(stop: Stop | undefined, draft: Draft, version: RuleSet, lng: Language): StopView | null {
  if (stop === 'elsewhere') {
    const country = draft.elsewhere === OUTSIDE_REGION ? undefined : draft.elsewhere
    return {
      stop,
      country,
      steps: [
        { code: 'ask-asylum-elsewhere', params: { url: UNHCR_HELP_HOME } },
        { code: 'free-legal-help' },
        { code: 'free-of-charge' },
      ],
    }
  }
  if (stop === 'no-nationality' && draft.hostCountry) {
    const host = draft.hostCountry
    const help = version.countries[host].pages.unhcrHelp.url
    return {
      stop,
      country: host,
      steps: [{ code: 'find-nationality' }, ...hostCountrySteps(host, lng, help), { code: 'free-of-charge' }],
    }
  }
  return null
}
