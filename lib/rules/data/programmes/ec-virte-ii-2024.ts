// Ecuador's amnesty and VIRTE II, Decreto 370 (fact sheet §11): for Venezuelans with a Registro certificate but no
// VIRTE; the day applications opened was not found, and Decreto 560 repealed it on 11 March 2025.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const ecVirteIi2024: Programme = {
  id: 'ec-virte-ii-2024',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('ec-virte-ii-2024'),
  hostCountries: ['EC'],
  links: [{ purpose: 'information', ...from(S.EC_370_APORREA, 'No application URL was found for VIRTE II.') }],
  facts: [factDefinition('has-virte')],
  versions: [
    {
      id: '2024-08-23-decree-370',
      effectiveFrom: '2024-08-23',
      note: 'Decreto 370 (23 August 2024): eight months from publication; repealed by Decreto 560 on 11 March 2025.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'unknown',
              from: '2024-08-23',
              until: '2025-03-10',
              ...from(
                S.EC_370_INFOZAMORA,
                'Eight months "desde la publicación en el Registro Oficial"; neither that day nor the day applications opened was found.',
              ),
            },
            {
              status: 'closed',
              from: '2025-03-11',
              ...from(
                S.EC_560_RADIOGYE,
                'Decreto 560 repeals Decreto 370 and its processes (EC-560-UNIVERSO; EC-560-NOTIS).',
              ),
            },
          ],
        },
        {
          id: 'nationality-any-of',
          nationalities: [{ code: 'VE', ...from(S.EC_370_INFOZAMORA, 'EC-370-APORREA; EC-370-MACHALA.') }],
        },
        {
          id: 'legal-status-any-of',
          anyOf: [
            {
              code: 'regularization_applied',
              registered: { from: '2022-09-01', until: '2023-08-15' },
              ...from(
                S.EC_370_INFOZAMORA,
                'Did the Registro de Permanencia Migratoria (2022–2023) and hold the certificate, even expired.',
              ),
            },
          ],
          otherwise: 'not_met',
          ...from(S.EC_370_APORREA, 'EC-370-INFOZAMORA; EC-370-MACHALA.'),
        },
        {
          id: 'fact',
          fact: 'has-virte',
          mustBe: 'no',
          otherAnswer: 'not_met',
          ...from(S.EC_370_INFOZAMORA, 'For people who have not obtained a VIRTE (EC-370-APORREA).'),
        },
      ],
      checkYourself: [],
    },
  ],
}
