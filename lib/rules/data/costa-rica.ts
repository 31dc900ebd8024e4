// Costa Rica (docs/sources.md): asylum seekers from Nicaragua and Venezuela present on 12 June 2023; the
// asylum condition is unclear from the first dated source that omits it (2 August 2024); Ecuadorians added in 2024; a later cutoff announced in Sep 2024.
import type { HostRules } from '../schema'
import { from } from './provenance'
import { sources as S, verifiedOn } from './sources'

const pages = { official: S.MS_CR, unhcrHelp: S.UNHCR_HELP_CR, verifiedOn }
const minimumAge = {
  years: 18,
  ...from(
    S.BLINEA_JUN23,
    '18 or older is confirmed in general guidance and for Colombia and Guatemala, not separately for Costa Rica.',
  ),
}
const cutoff = {
  onOrBefore: '2023-06-12',
  ...from(
    S.STATE_CR,
    'Physically present on the day of the announcement; the official page says "on or before June 12, 2023" (MS-CR).',
  ),
}
const asylumSeeker = {
  code: 'asylum_seeker' as const,
  registeredOnOrBefore: '2023-06-12',
  dayUncertain: true,
  ...from(
    S.STATE_CR,
    '"Currently registered as asylum seekers" at the announcement (State Dept); press says asylum requested "antes del 12 de junio" (NACION-CR, CRHOY), so a claim filed on 12 June is unknown.',
  ),
}
const refugee = {
  code: 'refugee' as const,
  uncertain: true,
  ...from(
    S.TELEMUNDO_CR,
    'Officials excluded people already recognised as refugees, but asylum seekers recognised later could still travel; the answer cannot tell which.',
  ),
}

/** 12 June – 13 December 2023. */
export const costaRica2023: HostRules = {
  registrationPeriods: [
    {
      status: 'contact_only',
      from: '2023-06-12',
      until: '2023-08-11',
      ...from(S.STATE_CR, 'First two months: no self-registration; UNHCR contacts eligible people.'),
    },
    {
      status: 'open',
      from: '2023-08-12',
      ...from(
        S.STATE_CR,
        'After two months, eligible people request the appointment online; the exact first day was not found.',
      ),
    },
  ],
  nationalities: (['NI', 'VE'] as const).map((code) => ({ code, arrivalCutoff: cutoff, ...from(S.STATE_CR) })),
  legalStatus: {
    anyOf: [asylumSeeker, refugee],
    otherwise: 'not_met',
    ...from(
      S.TELEMUNDO_CR,
      'Only asylum seekers; people with any other legal migration status are excluded (one source, Costa Rican officials).',
    ),
  },
  minimumAge,
  pages,
}

/**
 * From 14 December 2023: extended to December 2024. The asylum condition stays: the extension notice says nothing
 * about it, and the official page that never mentions it is undated (it may date from August 2023).
 */
export const costaRicaExtended: HostRules = {
  ...costaRica2023,
  registrationPeriods: [
    {
      status: 'open',
      from: '2023-12-14',
      ...from(S.NIINV_DEC23, 'Programme in Costa Rica extended to December 2024.'),
    },
  ],
  legalStatus: {
    ...costaRica2023.legalStatus,
    ...from(
      S.NIINV_DEC23,
      'Kept not_met: the extension notice (NIINV-DEC23, 14 Dec 2023) says nothing about the asylum condition, and the official page that omits it (MS-CR) is undated and may date from August 2023. It turns unknown with the first dated source that omits it (USAHELLO-AUG24, 2 Aug 2024).',
    ),
  },
}

/** From 2 August 2024: the first dated description of who may apply no longer mentions the asylum condition. */
const asylumUnsettled: HostRules['legalStatus'] = {
  anyOf: [asylumSeeker, refugee],
  otherwise: 'unknown',
  ...from(
    S.USAHELLO_AUG24,
    'USAHello (updated 2 Aug 2024) lists nationality and presence on or before 12 June 2023, not the asylum condition, like the undated official page (MS-CR). Whether the condition was dropped, and since when, is unknown.',
  ),
}

const ecuadorian = (uncertain: boolean) => ({
  code: 'EC',
  arrivalCutoff: cutoff,
  ...(uncertain ? { uncertain: true } : {}),
  ...(uncertain
    ? from(
        S.POPULAR_EC,
        '1 January 2024 is a placeholder: this source is undated (2024) and the first dated mention of Ecuadorians is of 2 August 2024, so Ecuadorians are unknown until then.',
      )
    : from(S.USAHELLO_AUG24, '"Be Nicaraguan, Venezuelan, or Ecuadorian"; in Costa Rica on or before June 12, 2023.')),
})

/** From 1 January 2024 (a placeholder for "some day in 2024"): Ecuadorians possibly eligible. */
export const costaRicaEcuadoriansUnconfirmed: HostRules = {
  ...costaRicaExtended,
  nationalities: [...costaRica2023.nationalities, ecuadorian(true)],
}

/** From 2 August 2024: Ecuadorians confirmed; the asylum condition unknown. */
export const costaRicaEcuadorians: HostRules = {
  ...costaRicaExtended,
  nationalities: [...costaRica2023.nationalities, ecuadorian(false)],
  legalStatus: asylumUnsettled,
}

const announcedCutoff = {
  onOrBefore: '2024-09-15',
  dayUncertain: true,
  uncertainAfter: '2023-06-12',
  ...from(
    S.NIINV_SEP24,
    'Announced 27 Sep 2024: arrivals "antes del 15 de septiembre de 2024" would qualify; implementation never seen on the official page, so arrivals after 12 June 2023 are unknown, not met.',
  ),
}

/** From 27 September 2024: extension to December 2025 and an announced, unconfirmed later cutoff. */
export const costaRicaAnnounced: HostRules = {
  ...costaRicaEcuadorians,
  registrationPeriods: [
    {
      status: 'open',
      from: '2024-09-27',
      ...from(S.NIINV_SEP24, 'Programme in Costa Rica extended to December 2025.'),
    },
  ],
  nationalities: costaRicaEcuadorians.nationalities.map((n) => ({ ...n, arrivalCutoff: announcedCutoff })),
}
