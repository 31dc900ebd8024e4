// Colombia (docs/sources.md). Two wordings: the early one (June 2023) and the official page revised by November 2023.
import type { HostRules } from '../schema'
import { from } from './provenance'
import { sources as S, verifiedOn } from './sources'

const pages = { official: S.MS_CO, unhcrHelp: S.UNHCR_HELP_CO, verifiedOn }
const minimumAge = { years: 18, ...from(S.USAHELLO_AUG24) }
const chv = ['CU', 'HT', 'VE'] as const

const earlyCutoff = {
  onOrBefore: '2023-06-11',
  dayUncertain: true,
  ...from(
    S.CANC_CO,
    'Cancillería: in Colombia "al 11 de junio"; the early website said "before June 11" (PLEDGE-CO). Arriving on 11 June is unknown until the official page said "on or before".',
  ),
}
const earlyDate = { registeredOnOrBefore: '2023-06-11', dayUncertain: true }

/** June – 9 November 2023: "legally present before June 11" / "regular status as of 11 June 2023". */
export const colombiaEarly: HostRules = {
  registrationPeriods: [
    {
      status: 'closed',
      from: '2023-06-12',
      until: '2023-06-18',
      ...from(S.CANC_CO, 'The exploratory phase started on 19 June 2023.'),
    },
    {
      status: 'unknown',
      from: '2023-06-19',
      until: '2023-06-27',
      ...from(
        S.ELTIEMPO_CO,
        'Cancillería gives 19 June as the start; El Tiempo and the website say the form opened on 28 June.',
      ),
    },
    {
      status: 'open',
      from: '2023-06-28',
      until: '2023-06-29',
      ...from(S.ELTIEMPO_CO, 'Form enabled from 28 June (El Tiempo; PLEDGE-CO, 29 June).'),
    },
    {
      status: 'unknown',
      from: '2023-06-30',
      until: '2023-08-31',
      ...from(
        S.ELPAIS_OCT23,
        'Soon "no more dates available" (MIGNEWS-CO); it opened in "two periods of a few weeks" (El País) whose dates were not found.',
      ),
    },
    {
      status: 'closed',
      from: '2023-09-01',
      until: '2023-10-09',
      ...from(
        S.ELPAIS_OCT23,
        'Not accepting new applications (El Sol, Sep 2023); closed on 2 October, reopening 10 October (El País, official spokesperson).',
      ),
    },
    { status: 'open', from: '2023-10-10', ...from(S.ELPAIS_OCT23, 'Reopened on 10 October 2023.') },
  ],
  nationalities: chv.map((code) => ({
    code,
    arrivalCutoff: earlyCutoff,
    ...from(S.CANC_CO, 'Colombian nationals are not processed (PLEDGE-CO).'),
  })),
  legalStatus: {
    anyOf: [
      {
        code: 'ppt',
        ...earlyDate,
        ...from(S.ESPECT_CO, 'PPT as the regular status is inferred (ETPV-CO); no source names it.'),
      },
      { code: 'regular_permit', ...earlyDate, ...from(S.ESPECT_CO) },
      {
        code: 'asylum_seeker',
        ...earlyDate,
        ...from(S.ETPV_CO, 'SC-2 safe-conduct holders count as regular (ETPV-CO); inferred.'),
      },
      { code: 'refugee', ...earlyDate, ...from(S.ESPECT_CO, 'A recognised refugee has regular status; inferred.') },
      {
        code: 'ppt_in_process',
        uncertain: true,
        ...from(
          S.MS_CO,
          'The early wording required legal presence; the later official page accepts regularization in process; the date of the change was not found.',
        ),
      },
    ],
    otherwise: 'not_met',
    ...from(
      S.PLEDGE_CO,
      'Early website: "legally present in Colombia before June 11, 2023". MRT and LAMEZIA say status does not matter; the official page contradicts them, so they are not followed.',
    ),
  },
  minimumAge,
  pages,
}

/** From 10 November 2023: in Colombia on or before 11 June 2023, regular status or regularization in process at the time of application. */
export const colombiaRevised: HostRules = {
  registrationPeriods: [
    {
      status: 'open',
      from: '2023-11-10',
      ...from(
        S.MS_CO,
        'Official page: "From Friday 10 November" the form opens every working day until the daily quota is met.',
      ),
    },
  ],
  schedule: {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    opensAt: '08:00',
    timeZone: 'America/Bogota',
    dailyQuota: true,
    ...from(
      S.MS_CO,
      'Other schedules reported by the press (Tuesdays and Thursdays, MRT; 2nd and 4th Tuesday, LAMEZIA) are older or unofficial.',
    ),
  },
  nationalities: chv.map((code) => ({
    code,
    arrivalCutoff: {
      onOrBefore: '2023-06-11',
      ...from(S.MS_CO, 'Official page: "on or before June 11, 2023", regardless of regular or irregular entry.'),
    },
    ...from(S.MS_CO),
  })),
  legalStatus: {
    anyOf: [
      { code: 'ppt', ...from(S.MS_CO, 'PPT as the regular status is inferred (ETPV-CO); no source names it.') },
      {
        code: 'ppt_in_process',
        ...from(
          S.MS_CO,
          '"in the process of regularization"; a pending PPT is the usual way for Venezuelans (inferred).',
        ),
      },
      { code: 'regular_permit', ...from(S.MS_CO) },
      { code: 'asylum_seeker', ...from(S.ETPV_CO, 'SC-2 safe-conduct holders count as regular (ETPV-CO); inferred.') },
      { code: 'refugee', ...from(S.MS_CO, 'A recognised refugee has regular status; inferred.') },
    ],
    otherwise: 'not_met',
    ...from(
      S.MS_CO,
      '"At the time of application have a regular status or are in the process of regularization in Colombia."',
    ),
  },
  minimumAge,
  pages,
}

/** From 2 August 2024: last dated sign of intake, then unknown, then closed by 27 November 2024. */
export const colombiaWindDown: HostRules = {
  ...colombiaRevised,
  registrationPeriods: [
    {
      status: 'open',
      from: '2024-08-02',
      until: '2024-08-02',
      ...from(S.USAHELLO_AUG24, 'Guide updated 2 August 2024 still explains how to apply.'),
    },
    {
      status: 'unknown',
      from: '2024-08-03',
      until: '2024-11-26',
      ...from(
        S.USAHELLO_LATE,
        'The day Colombia stopped taking new applications was not found; wind-down notices began in November 2024 (SEMANA-FEB25).',
      ),
    },
    {
      status: 'closed',
      from: '2024-11-27',
      ...from(
        S.USAHELLO_LATE,
        '"Colombia and Ecuador are currently not taking new applications"; The New Humanitarian (Dec 2024, citing IRAP): not receiving new registrations as of 27 November 2024.',
      ),
    },
  ],
}
