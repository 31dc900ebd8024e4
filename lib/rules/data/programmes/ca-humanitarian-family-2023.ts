// Canada's humanitarian family pathway (fact sheet §2): open 17 November 2023, intake paused 30 December 2023.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const caHumanitarianFamily2023: Programme = {
  id: 'ca-humanitarian-family-2023',
  engine: 'blocks',
  kind: 'third-country-pathway',
  ...programmeText('ca-humanitarian-family-2023'),
  officialName: {
    text: 'Immigration pathway for Colombians, Haitians and Venezuelans with family in Canada',
    language: 'en',
  },
  // Anywhere in Central or South America, the Caribbean or Mexico: all four host countries (CA-MS).
  hostCountries: ['CO', 'CR', 'EC', 'GT'],
  links: [
    {
      purpose: 'information',
      ...from(S.CA_MS, 'The canada.ca page itself was not retrieved; the official SMI page describes the pathway.'),
    },
    { purpose: 'information', ...from(S.CA_IRCC_NOV23) },
  ],
  facts: [
    factDefinition('family-in-canada'),
    factDefinition('anchor-signs-support-declaration'),
    factDefinition('plans-to-live-outside-quebec'),
    factDefinition('has-valid-travel-document'),
  ],
  versions: [
    {
      id: '2023-11-17-launch',
      effectiveFrom: '2023-11-17',
      note: 'Opens 17 November 2023; intake paused 30 December 2023 and never resumed.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'open',
              from: '2023-11-17',
              until: '2023-12-29',
              ...from(S.CA_IRCC_NOV23, '"Launches today" (17 November 2023); CA-CICNEWS the same day.'),
            },
            {
              status: 'unknown',
              from: '2023-12-30',
              until: '2023-12-30',
              ...from(
                S.CA_CIMM,
                '"Intake paused … on December 30, 2023" (CA-CIMM) vs "hit capacity as of December 30" (CA-IMMCA): whether that day still counted is not stated.',
              ),
            },
            {
              status: 'closed',
              from: '2023-12-31',
              ...from(
                S.CA_CIMM,
                'Paused; no reopening found in any source (the one-year policy term would have ended in November 2024, inferred).',
              ),
            },
          ],
        },
        {
          id: 'nationality-any-of',
          nationalities: ['CO', 'HT', 'VE'].map((code) => ({
            code,
            ...from(
              S.CA_MS,
              'Nationals of the host country qualify too (a Colombian in Colombia): no exclusion stated, inferred.',
            ),
          })),
        },
        { id: 'fact', fact: 'family-in-canada', mustBe: 'yes', otherAnswer: 'not_met', ...from(S.CA_IRCC_NOV23) },
        {
          id: 'fact',
          fact: 'anchor-signs-support-declaration',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.CA_CICNEWS, 'One-year support: CA-IRCC-NOV23; statutory declaration: CA-CICNEWS.'),
        },
        {
          id: 'fact',
          fact: 'plans-to-live-outside-quebec',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.CA_MS, 'Quebec did not take part (CA-MS; CA-CICNEWS; CA-ENVOY).'),
        },
        {
          id: 'fact',
          fact: 'has-valid-travel-document',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.CA_ENVOY, 'One source.'),
        },
      ],
      checkYourself: [],
    },
  ],
}
