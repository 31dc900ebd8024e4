// Costa Rica's Categoría Especial Temporal (fact sheet §5): applications 1 March 2023 – 29 February 2024 for
// Cubans, Nicaraguans and Venezuelans whose asylum claim (1 January 2010 – 30 September 2022) is pending or denied.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

const claimWindow = {
  from: '2010-01-01',
  fromDayUncertain: true,
  until: '2022-09-30',
}
const claimReason =
  '"Del 01 de enero 2010 al 30 de setiembre 2022" (CET-ELVENCR; CET-NACION) vs "después del 1 de enero del 2010" (CET-LAPRENSA): a claim filed on 1 January 2010 is unknown.'

export const crCet2023: Programme = {
  id: 'cr-cet-2023',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('cr-cet-2023'),
  hostCountries: ['CR'],
  links: [
    {
      purpose: 'information',
      ...from(S.CET_LAPRENSA, 'Appointments by the 1311 line or the DGME website; its URL was not retrieved.'),
    },
  ],
  facts: [
    factDefinition('lived-in-cr-since-asylum-claim'),
    factDefinition('holds-other-cr-migration-category'),
    factDefinition('cet-denied-claim-2010-2022'),
  ],
  versions: [
    {
      id: '2023-03-01-opens',
      effectiveFrom: '2023-03-01',
      note: 'Decreto 43809-MGP in force: one year of applications, last day 29 February 2024.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'open',
              from: '2023-03-01',
              until: '2024-02-29',
              ...from(
                S.CET_R18_FEB24,
                'Opened 1 March 2023 (CET-NACION); "este 29 de febrero es último día" (CET-R18-FEB24).',
              ),
            },
            {
              status: 'closed',
              from: '2024-03-01',
              ...from(S.CET_R18_FEB24, 'No reactivation found (CET-R18-REACT; CET-CONF-SEP25).'),
            },
          ],
        },
        {
          id: 'nationality-any-of',
          nationalities: ['CU', 'NI', 'VE'].map((code) => ({
            code,
            ...from(S.CET_NACION, 'CET-NACION; CET-LAPRENSA; CET-ELVENCR.'),
          })),
        },
        {
          id: 'fact',
          fact: 'lived-in-cr-since-asylum-claim',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.CET_NACION, 'CET-NACION; CET-ELVENCR; CET-LAPRENSA.'),
        },
        {
          id: 'fact',
          fact: 'holds-other-cr-migration-category',
          mustBe: 'no',
          otherAnswer: 'not_met',
          ...from(S.CET_ELVENCR, 'CET-ELVENCR; CET-DIRCUB.'),
        },
      ],
      routes: [
        {
          id: 'pending-claim',
          criteria: [
            {
              id: 'legal-status-any-of',
              anyOf: [{ code: 'asylum_seeker', registered: claimWindow, ...from(S.CET_NACION, claimReason) }],
              // A recognised refugee does not qualify (inferred from "pendiente … o denegada"); other answers may
              // still have a denied claim, which the other route asks about.
              otherwise: 'not_met',
              ...from(
                S.CET_NACION,
                'Claim pending or denied as of December 2022; recognised refugees excluded (inferred).',
              ),
            },
          ],
        },
        {
          id: 'denied-claim',
          criteria: [
            {
              id: 'fact',
              fact: 'cet-denied-claim-2010-2022',
              mustBe: 'yes',
              otherAnswer: 'not_met',
              ...from(S.CET_ELVENCR, claimReason),
            },
            {
              id: 'legal-status-none-of',
              noneOf: [{ code: 'refugee', ...from(S.CET_NACION, 'Recognised refugees do not qualify (inferred).') }],
              whenHeld: 'not_met',
              ...from(S.CET_NACION, 'Inferred from "pendiente … o denegada".'),
            },
          ],
        },
      ],
      checkYourself: [
        {
          condition: 'criminal-record',
          ...from(
            S.CET_DIRCUB,
            'A criminal-record certificate is among the documents (one source); the list of people excluded was not found.',
          ),
        },
      ],
    },
  ],
}
