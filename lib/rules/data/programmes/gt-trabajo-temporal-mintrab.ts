// Guatemala's Temporary Work Abroad Programme run by Mintrab (fact sheet §12): for adult Guatemalans with work
// experience; active as of September 2025, no end date. Thin sourcing: the requirements rest on one source.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const gtTrabajoTemporalMintrab: Programme = {
  id: 'gt-trabajo-temporal-mintrab',
  engine: 'blocks',
  kind: 'third-country-pathway',
  ...programmeText('gt-trabajo-temporal-mintrab'),
  hostCountries: ['GT'],
  links: [
    {
      purpose: 'apply',
      ...from(
        S.GT_TGW,
        'Registration at https://tuempleo.mintrabajo.gob.gt, "Programa de Trabajo Temporal" (GT-PL-AUG25).',
      ),
    },
  ],
  facts: [factDefinition('has-verifiable-work-experience')],
  versions: [
    {
      id: '2021-05-officialised',
      effectiveFrom: '2021-05-01',
      note: 'Strengthened and made official in May 2021; requirements as reported in 2025.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'unknown',
              from: '2021-05-01',
              until: '2021-05-31',
              ...from(S.GT_CANALANTIGUA, 'Made official in May 2021; the day was not found.'),
            },
            {
              status: 'open',
              from: '2021-06-01',
              until: '2025-09-25',
              ...from(
                S.GT_PL_SEP25,
                'Active in 2023, 2024 and as of 25 September 2025 (GT-CANALANTIGUA; GT-TGW; GT-PL-SEP25).',
              ),
            },
            {
              status: 'unknown',
              from: '2025-09-26',
              ...from(S.GT_PL_SEP25, 'No end date found; nothing dated later.'),
            },
          ],
        },
        { id: 'nationality-any-of', nationalities: [{ code: 'GT', ...from(S.GT_PUBLINEWS, 'One source.') }] },
        { id: 'age', mustBe: 'adult', ...from(S.GT_PUBLINEWS, '"Mayor de edad" (one source).') },
        {
          id: 'fact',
          fact: 'has-verifiable-work-experience',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.GT_PUBLINEWS, 'One source.'),
        },
      ],
      checkYourself: [
        {
          condition: 'irregular-migration-history',
          ...from(S.GT_PUBLINEWS, 'No irregular migration history (one source).'),
        },
      ],
    },
  ],
}
