// Colombia (docs/sources.md). Two wordings: the early one (June 2023) and the official page revised by November 2023,
// with a window between them (10 October – 9 November 2023) where the sources conflict.
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
/** The PPT (and a PPT in process) exists only for Venezuelans: no other nationality can hold it. */
const venezuelansOnly = { nationalities: ['VE'] }
const pptOnlyVenezuelans =
  'The PPT exists only for Venezuelans (Resolución 971 de 2021, Estatuto Temporal de Protección para Migrantes Venezolanos).'

/** June – 9 October 2023: "legally present before June 11" / "regular status as of 11 June 2023". */
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
      until: '2023-08-10',
      ...from(
        S.ELPAIS_OCT23,
        'Soon "no more dates available" (MIGNEWS-CO); it opened in "two periods of a few weeks" (El País) whose dates were not found.',
      ),
    },
    {
      status: 'open',
      from: '2023-08-11',
      until: '2023-08-11',
      ...from(
        S.ELPAIS_OCT23,
        'El País (2 Oct 2023) quotes an applicant who "registered on August 11" through the portal.',
      ),
    },
    {
      status: 'unknown',
      from: '2023-08-12',
      until: '2023-10-01',
      ...from(
        S.ELSOL_SEP23,
        'El Sol (September 2023, day not recorded) reports no new applications; no source gives the first closed day.',
      ),
    },
    {
      status: 'closed',
      from: '2023-10-02',
      until: '2023-10-09',
      ...from(S.ELPAIS_OCT23, 'Closed on 2 October, reopening 10 October (El País, official spokesperson).'),
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
        ...venezuelansOnly,
        ...from(
          S.ESPECT_CO,
          `PPT as the regular status is inferred (ETPV-CO); no source names it. ${pptOnlyVenezuelans}`,
        ),
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
        ...venezuelansOnly,
        ...from(
          S.ESPECT_CO,
          `The early wording required legal presence; the later official page (MS-CO) accepts regularization in process; the date of the change was not found. ${pptOnlyVenezuelans}`,
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

const conflict =
  'Sources conflict from 10 October to 9 November 2023: the early portal required legal presence before 11 June (PLEDGE-CO, 29 Jun 2023); a guide written before 14 November says status is not taken into account (LAMEZIA); the undated official page says "at the time of application" (MS-CO).'
const laterUnknown = { ...earlyDate, laterUnknown: true }

/**
 * 10 October – 9 November 2023: the early rule may still be in force until the 10 November version, but the
 * sources conflict, so a status obtained after 11 June 2023 is unknown (one held before it is met either way).
 */
export const colombiaReopened: HostRules = {
  ...colombiaEarly,
  registrationPeriods: [
    { status: 'open', from: '2023-10-10', ...from(S.ELPAIS_OCT23, 'Reopened on 10 October 2023.') },
  ],
  legalStatus: {
    anyOf: colombiaEarly.legalStatus.anyOf.map((s) =>
      s.uncertain ? s : { ...s, ...laterUnknown, ...from(S.PLEDGE_CO, `${s.reason ?? ''} ${conflict}`.trim()) },
    ),
    otherwise: 'not_met',
    ...from(
      S.PLEDGE_CO,
      `${conflict} No regular status at all is not accepted: the official page contradicts LAMEZIA and MRT.`,
    ),
  },
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
      {
        code: 'ppt',
        ...venezuelansOnly,
        ...from(
          S.ETPV_R971,
          `${pptOnlyVenezuelans} As the regular status of the official page (MS-CO) it is inferred (ETPV-CO); no source names it.`,
        ),
      },
      {
        code: 'ppt_in_process',
        ...venezuelansOnly,
        ...from(
          S.ETPV_R971,
          `${pptOnlyVenezuelans} A pending PPT is the usual way for Venezuelans to be "in the process of regularization" (MS-CO); inferred.`,
        ),
      },
      { code: 'regular_permit', ...from(S.MS_CO) },
      {
        code: 'asylum_seeker',
        uncertain: true,
        ...from(
          S.ETPV_CO,
          'Inferred, so uncertain: no source says asylum seekers were accepted after November 2023; SC-2 safe-conduct holders count as regular (ETPV-CO).',
        ),
      },
      {
        code: 'refugee',
        uncertain: true,
        ...from(
          S.MS_CO,
          'Inferred, so uncertain: a recognised refugee has regular status, but no source says refugees were accepted after November 2023.',
        ),
      },
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

/** From 2 August 2024: last dated description of intake, then unknown, then closed by 27 November 2024. */
export const colombiaWindDown: HostRules = {
  ...colombiaRevised,
  registrationPeriods: [
    {
      status: 'open',
      from: '2024-08-02',
      until: '2024-08-02',
      ...from(
        S.USAHELLO_AUG24,
        'USAHello updated its guide on 2 August 2024 and it still explains how to apply. That date is not evidence that the form was open that day; it is the last dated description of intake, so the form counts as open (as on the official page since 10 November 2023) through that day and unknown after.',
      ),
    },
    {
      status: 'unknown',
      from: '2024-08-03',
      until: '2024-11-26',
      ...from(
        S.SEMANA_FEB25,
        'The day Colombia stopped taking new applications was not found; wind-down notices began in November 2024 (Dejusticia in SEMANA-FEB25).',
      ),
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
