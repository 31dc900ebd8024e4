// Spain's complementary resettlement channel for Safe Mobility referrals from Costa Rica (fact sheet §4):
// nobody could apply; UNHCR and IOM selected the people.
import type { Programme } from '../../programmes/programme'
import { sources as SM } from '../sources'
import { from } from './provenance'
import { sources as S } from './sources'
import { identifiedByText, programmeText } from './text'

export const esSmoReferral: Programme = {
  id: 'es-smo-referral',
  engine: 'blocks',
  kind: 'referral-only',
  ...programmeText('es-smo-referral'),
  identifiedBy: {
    text: identifiedByText(),
    ...from(S.ES_ABC, '"Seleccionados en colaboración con ACNUR y OIM" (ES-ABC; ES-SERVIMEDIA).'),
  },
  hostCountries: ['CR'],
  links: [{ purpose: 'information', ...from(S.ES_EXT) }],
  facts: [],
  versions: [
    {
      id: '2023-05-03-complementary-channel',
      effectiveFrom: '2023-05-03',
      note: 'Council of Ministers extends the National Resettlement Programme with a complementary channel; Safe Mobility referrals end with the initiative.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'unknown',
              from: '2023-05-03',
              until: '2023-12-11',
              ...from(
                S.ES_DIPLO_MAY23,
                'The channel was approved on 3 May 2023; the day referrals began was not found.',
              ),
            },
            {
              status: 'referral_only',
              from: '2023-12-12',
              until: '2025-01-19',
              ...from(
                S.ES_NOTLAT,
                'First arrivals on 12 December 2023 and 281 referrals by January 2024 show referrals were under way (inferred until the initiative ended).',
              ),
            },
            {
              status: 'unknown',
              from: '2025-01-20',
              until: '2025-01-25',
              ...from(
                SM.MS_HOME,
                'The Safe Mobility Initiative stopped between 20 and 26 January 2025; the exact day was not found.',
              ),
            },
            {
              status: 'closed',
              from: '2025-01-26',
              ...from(
                S.ES_EP_MAR26,
                'Closed as a Safe Mobility route; Spain still resettles from Costa Rica through UNHCR referrals only.',
              ),
            },
          ],
        },
        {
          id: 'nationality-any-of',
          nationalities: [
            {
              code: 'NI',
              ...from(
                S.ES_ABC,
                'All 168 arrivals by January 2024 were Nicaraguan (ES-ABC; ES-SERVIMEDIA; ES-UNIVISION).',
              ),
            },
            {
              code: 'VE',
              uncertain: true,
              ...from(S.ES_NOTLAT, '"Venezolanos y nicaragüenses" (ES-NOTLAT) vs "todos nicaragüenses" (ES-ABC).'),
            },
          ],
        },
        {
          id: 'legal-status-any-of',
          anyOf: [
            {
              code: 'refugee',
              ...from(S.ES_ABC, 'Arrivals were already granted international protection in Costa Rica.'),
            },
            {
              code: 'asylum_seeker',
              uncertain: true,
              ...from(
                S.ES_ABC,
                'Safe Mobility Costa Rica registered asylum seekers; whether Spain took any who were not yet recognised was not found.',
              ),
            },
          ],
          otherwise: 'not_met',
          ...from(S.ES_DIPLO_MAY23, 'A resettlement channel for refugees.'),
        },
      ],
      checkYourself: [],
    },
  ],
}
