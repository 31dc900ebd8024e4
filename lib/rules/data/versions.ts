// The shipped history: every version of the Safe Mobility rules, June 2023 to the programme's end (early 2025).
// A version is a snapshot of all four host countries; any change of any value is a new version.
import type { History, HostRules } from '../schema'
import { colombiaEarly, colombiaReopened, colombiaRevised, colombiaWindDown } from './colombia'
import {
  costaRica2023,
  costaRicaAnnounced,
  costaRicaEcuadorians,
  costaRicaEcuadoriansUnconfirmed,
  costaRicaExtended,
} from './costa-rica'
import { ecuadorNotOpen, ecuadorOpen, ecuadorScheduled, ecuadorWindDown } from './ecuador'
import { guatemalaCa4, guatemalaOnly } from './guatemala'
import { from } from './provenance'
import { sources as S } from './sources'

/** The programme ended: the site said it "is no longer active" by 26 January 2025 (TICO-JAN25). */
function ended(rules: HostRules): HostRules {
  return {
    ...rules,
    registrationPeriods: [
      {
        status: 'unknown',
        from: '2025-01-20',
        until: '2025-01-25',
        ...from(
          S.MS_HOME,
          'Stopped between the US decisions of 20 January 2025 and 26 January, when the site already said the initiative was no longer active; the exact day was not found.',
        ),
      },
      {
        status: 'closed',
        from: '2025-01-26',
        ...from(
          S.TICO_JAN25,
          '"Following a decision by the US government, the Safe Mobility Initiative is no longer active. New applications will not be accepted." (MS-HOME)',
        ),
      },
    ],
  }
}

export const shippedHistory: History = [
  {
    id: '2023-06-12-launch',
    effectiveFrom: '2023-06-12',
    note: 'Costa Rica and Guatemala open; Colombia announced (starts 19 June); no office in Ecuador yet.',
    countries: { CO: colombiaEarly, CR: costaRica2023, EC: ecuadorNotOpen, GT: guatemalaCa4 },
  },
  {
    id: '2023-08-11-guatemala-guatemalans-only',
    effectiveFrom: '2023-08-11',
    note: 'Guatemala: Salvadorans, Hondurans and Nicaraguans could register until 10 August 2023; only Guatemalans after.',
    countries: { CO: colombiaEarly, CR: costaRica2023, EC: ecuadorNotOpen, GT: guatemalaOnly },
  },
  {
    id: '2023-10-10-colombia-reopens',
    effectiveFrom: '2023-10-10',
    note: 'Colombia reopens; until the revised page of 10 November, sources conflict on a status obtained after 11 June 2023.',
    countries: { CO: colombiaReopened, CR: costaRica2023, EC: ecuadorNotOpen, GT: guatemalaOnly },
  },
  {
    id: '2023-10-18-ecuador-opens',
    effectiveFrom: '2023-10-18',
    note: 'Ecuador office starts: five nationalities present on or before 18 October 2023; until 19 November UNHCR contacts only people with a registered refugee claim.',
    countries: { CO: colombiaReopened, CR: costaRica2023, EC: ecuadorOpen, GT: guatemalaOnly },
  },
  {
    id: '2023-11-10-colombia-revised',
    effectiveFrom: '2023-11-10',
    note: 'Colombia: official page revised (on or before 11 June 2023, any entry; regular status or regularization in process); form every working day.',
    countries: { CO: colombiaRevised, CR: costaRica2023, EC: ecuadorOpen, GT: guatemalaOnly },
  },
  {
    id: '2023-12-14-costa-rica-extended',
    effectiveFrom: '2023-12-14',
    note: 'Costa Rica extended to December 2024 (the asylum condition stays until a dated source omits it).',
    countries: { CO: colombiaRevised, CR: costaRicaExtended, EC: ecuadorOpen, GT: guatemalaOnly },
  },
  {
    id: '2024-01-01-costa-rica-ecuadorians-unconfirmed',
    effectiveFrom: '2024-01-01',
    note: 'Costa Rica: Ecuadorians added on an unknown day in 2024; 1 January is a placeholder (unknown until the first dated mention, 2 August 2024).',
    countries: { CO: colombiaRevised, CR: costaRicaEcuadoriansUnconfirmed, EC: ecuadorOpen, GT: guatemalaOnly },
  },
  {
    id: '2024-01-15-ecuador-schedule',
    effectiveFrom: '2024-01-15',
    note: 'Ecuador: portal opens Monday, Wednesday and Friday at 8:00 until the daily quota is met.',
    countries: { CO: colombiaRevised, CR: costaRicaEcuadoriansUnconfirmed, EC: ecuadorScheduled, GT: guatemalaOnly },
  },
  {
    id: '2024-08-02-ecuadorians-confirmed-wind-down',
    effectiveFrom: '2024-08-02',
    note: 'Costa Rica: Ecuadorians confirmed, asylum condition unknown. Colombia and Ecuador: last dated description of intake; unknown after, closed by 27 November 2024.',
    countries: { CO: colombiaWindDown, CR: costaRicaEcuadorians, EC: ecuadorWindDown, GT: guatemalaOnly },
  },
  {
    id: '2024-09-27-costa-rica-announced-cutoff',
    effectiveFrom: '2024-09-27',
    note: 'Costa Rica: extended to December 2025; arrivals before 15 September 2024 announced, never confirmed.',
    countries: { CO: colombiaWindDown, CR: costaRicaAnnounced, EC: ecuadorWindDown, GT: guatemalaOnly },
  },
  {
    id: '2025-01-20-programme-end',
    effectiveFrom: '2025-01-20',
    note: 'The programme ended: no new applications anywhere.',
    countries: { CO: colombiaWindDown, CR: ended(costaRicaAnnounced), EC: ecuadorWindDown, GT: ended(guatemalaOnly) },
  },
]
