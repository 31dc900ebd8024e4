// Ecuador (docs/sources.md): from 18 October 2023, five nationalities present on or before that day who applied
// for regularization or were registered asylum seekers or refugees by then.
import type { HostRules } from '../schema'
import { from } from './provenance'
import { sources as S, verifiedOn } from './sources'

const pages = { official: S.MS_EC, unhcrHelp: S.UNHCR_HELP_EC, verifiedOn }
const minimumAge = {
  years: 18,
  ...from(S.BLINEA_JUN23, '18 or older is confirmed in general guidance, not separately for Ecuador.'),
}

/** Before 18 October 2023: no Safe Mobility Office in Ecuador. */
export const ecuadorNotOpen: HostRules = {
  registrationPeriods: [
    {
      status: 'closed',
      from: '2023-06-12',
      until: '2023-10-17',
      ...from(S.STATE_EC, 'The Ecuador office began on 18 October 2023.'),
    },
  ],
  nationalities: [],
  legalStatus: { anyOf: [], otherwise: 'not_met', ...from(S.STATE_EC) },
  minimumAge,
  pages,
}

// Where a source says "before" and another "on or before", the day itself is unknown (as in Colombia and Costa Rica).
const cutoff = {
  onOrBefore: '2023-10-18',
  dayUncertain: true,
  ...from(
    S.STATE_EC,
    'State Dept "as of October 18" and the official page (MS-EC) "on or before 18 October 2023" include the day; Qué Noticias says "antes de 18 de octubre", so arriving on 18 October itself is unknown.',
  ),
}
const registered = {
  registeredOnOrBefore: '2023-10-18',
  dayUncertain: true,
  ...from(
    S.QUENOT_EC,
    'Official page (MS-EC): registered "on or before 18 October"; Qué Noticias: filed "before 18 October", so a claim registered on 18 October itself is unknown.',
  ),
}
const refugeeClaim = ['asylum_seeker', 'refugee'] as const

/** From 18 October 2023. */
export const ecuadorOpen: HostRules = {
  registrationPeriods: [
    {
      status: 'contact_only',
      from: '2023-10-18',
      until: '2023-11-19',
      statuses: [...refugeeClaim],
      ...from(
        S.QUENOT_EC,
        'UNHCR contacted only people with a refugee claim registered in proGres before 18 October; no public form yet.',
      ),
    },
    {
      status: 'closed',
      from: '2023-10-18',
      until: '2023-11-19',
      ...from(
        S.QUENOT_EC,
        'Everyone else, such as people who had only applied for regularization, could apply online only from 20 November.',
      ),
    },
    {
      status: 'open',
      from: '2023-11-20',
      ...from(S.QUENOT_EC, 'Online submissions through the Ecuador portal from 20 November 2023.'),
    },
  ],
  nationalities: (['CU', 'HT', 'NI', 'VE', 'CO'] as const).map((code) => ({
    code,
    arrivalCutoff: cutoff,
    ...from(S.MS_EC, code === 'CO' ? 'Colombians are eligible in Ecuador.' : undefined),
  })),
  legalStatus: {
    anyOf: [
      {
        code: 'regularization_applied',
        ...from(
          S.STATE_EC,
          'Registered with the Ministry of Interior for a Certificate of Migratory Permanence (State Dept); the official page (MS-EC): "have applied to Ecuador\'s regularization process".',
        ),
      },
      { code: 'asylum_seeker', ...registered },
      { code: 'refugee', ...registered },
      {
        code: 'regular_permit',
        uncertain: true,
        ...from(
          S.STATE_EC,
          'A VIRTE visa comes from the regularization process, other visas do not; the answer cannot tell which.',
        ),
      },
    ],
    otherwise: 'not_met',
    ...from(
      S.MS_EC,
      'At the time of application: regularization applied for, or asylum seeker / refugee registered on or before 18 October 2023.',
    ),
  },
  minimumAge,
  pages,
}

/** From 15 January 2024: the portal opens Monday, Wednesday and Friday at 8:00 until a daily quota is met. */
export const ecuadorScheduled: HostRules = {
  ...ecuadorOpen,
  registrationPeriods: [{ status: 'open', from: '2024-01-15', ...from(S.MS_EC) }],
  schedule: {
    days: ['mon', 'wed', 'fri'],
    opensAt: '08:00',
    timeZone: 'America/Guayaquil',
    dailyQuota: true,
    ...from(S.MS_EC),
  },
}

/** From 2 August 2024: intake still described, then unknown, then closed by 27 November 2024. */
export const ecuadorWindDown: HostRules = {
  ...ecuadorScheduled,
  registrationPeriods: [
    {
      status: 'open',
      from: '2024-08-02',
      until: '2024-08-02',
      ...from(
        S.USAHELLO_AUG24,
        'USAHello updated its guide on 2 August 2024; UNHCR Ecuador (July 2024): the initiative "continues to be implemented". Neither is evidence that the form was open that day; it is the last dated description of intake, so the form counts as open through that day and unknown after.',
      ),
    },
    {
      status: 'unknown',
      from: '2024-08-03',
      until: '2024-11-26',
      ...from(S.USAHELLO_LATE, 'The day Ecuador stopped taking new applications was not found.'),
    },
    {
      status: 'closed',
      from: '2024-11-27',
      ...from(
        S.TNH_DEC24,
        'The New Humanitarian (5 Dec 2024, citing IRAP): "as of 27 November, the webpage in Colombia and Ecuador was not receiving new registrations"; the later, undated USAHello guide agrees (USAHELLO-LATE).',
      ),
    },
  ],
}
