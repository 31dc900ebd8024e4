// Colombia's Temporary Protection Statute for Venezuelan Migrants (fact sheet §6): three ways into the RUMV.
// People already in Colombia by 31 January 2021 registered 5 May 2021 – 28 May 2022; regular entrants from
// 29 May 2021 to 28 May 2023 registered until 24 November 2023; children in school or an ICBF programme any time.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, noteText, programmeText } from './text'

export const coEtpvRumv: Programme = {
  id: 'co-etpv-rumv',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('co-etpv-rumv'),
  hostCountries: ['CO'],
  links: [
    {
      purpose: 'apply',
      ...from(S.ETPV_LAFM_21, 'Migración Colombia website, "Visibles" then "RUMV" (ETPV-ELTIEMPO; ETPV-LAFM-21).'),
    },
  ],
  facts: [factDefinition('entered-colombia-regularly'), factDefinition('child-in-school-or-icbf')],
  versions: [
    {
      id: '2021-05-05-rumv-opens',
      effectiveFrom: '2021-05-05',
      note: 'RUMV opens; adult windows close 28 May 2022 and 24 November 2023; the children route has no end found.',
      criteria: [
        {
          id: 'nationality-any-of',
          nationalities: [{ code: 'VE', ...from(S.ETPV_D216, 'Decreto 216 de 2021 (title); ETPV-ELTIEMPO.') }],
        },
      ],
      routes: [
        {
          id: 'in-colombia-by-2021-01-31',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'open',
                  from: '2021-05-05',
                  until: '2022-05-28',
                  ...from(S.ETPV_LAFM_21, '"Entre hoy y el 28 de mayo de 2022" (ETPV-LAFM-21; ETPV-LAFM-22).'),
                },
                {
                  status: 'closed',
                  from: '2022-05-29',
                  ...from(
                    S.ETPV_LAFM_22,
                    'A court-ordered late route exists for force majeure; its rules were not found (ETPV-T166).',
                  ),
                },
              ],
            },
            {
              id: 'arrival',
              window: { until: '2021-01-31', untilDayUncertain: true },
              afterWindow: 'not_met',
              ...from(
                S.ETPV_REPCONF,
                '"De manera irregular a 31 de enero de 2021" (ETPV-ELTIEMPO, draft) vs "antes del 31 de enero de 2021" (ETPV-REPCONF; ETPV-LAFM-22): 31 January is unknown.',
              ),
            },
          ],
        },
        {
          id: 'regular-entry-2021-2023',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'open',
                  from: '2021-05-29',
                  until: '2023-11-24',
                  ...from(S.ETPV_RSF, 'ETPV-LAFM-21; ETPV-ELVENCO; ETPV-RSF.'),
                },
                {
                  status: 'closed',
                  from: '2023-11-25',
                  ...from(
                    S.ETPV_RSF,
                    'A court-ordered late route exists for force majeure; its rules were not found (ETPV-T166).',
                  ),
                },
              ],
            },
            {
              id: 'arrival',
              window: { from: '2021-05-29', until: '2023-05-28' },
              afterWindow: 'not_met',
              ...from(S.ETPV_ELTIEMPO, 'Condition 4; the last regular-entry day was 28 May 2023 (ETPV-COLUMN).'),
            },
            {
              id: 'fact',
              fact: 'entered-colombia-regularly',
              mustBe: 'yes',
              otherAnswer: 'not_met',
              ...from(S.ETPV_ELTIEMPO, 'Entered through an official migration checkpoint.'),
            },
          ],
        },
        {
          id: 'children-in-school-or-icbf',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'open',
                  from: '2021-05-05',
                  until: '2024-06-18',
                  ...from(
                    S.ETPV_1250AM,
                    'Children may register throughout the statute (ETPV-MIGRAVEN); still so in June 2024 (ETPV-1250AM).',
                  ),
                },
                {
                  status: 'unknown',
                  from: '2024-06-19',
                  ...from(
                    S.ETPV_FYS,
                    'No closure found and the statute runs to 2031; the latest sources are undated or not about this route.',
                  ),
                },
              ],
            },
            {
              id: 'age',
              mustBe: 'minor',
              ...from(S.ETPV_FYS, '"Única y exclusivamente: menores de 18 años" (Migración Colombia page as quoted).'),
            },
            {
              id: 'fact',
              fact: 'child-in-school-or-icbf',
              mustBe: 'yes',
              otherAnswer: 'not_met',
              ...from(
                S.ETPV_FYS,
                'Enrolled in the national school system or an ICBF programme (ETPV-FYS; ETPV-1250AM).',
              ),
            },
          ],
        },
      ],
      checkYourself: [],
      notes: [
        {
          id: 'etpv-force-majeure',
          text: noteText('etpv-force-majeure'),
          ...from(
            S.ETPV_T166,
            'Sentencia T-166/24; Migración said in October 2025 the RUMV was enabled again for such cases (ETPV-RSF). Conditions not found.',
          ),
        },
      ],
    },
  ],
}
