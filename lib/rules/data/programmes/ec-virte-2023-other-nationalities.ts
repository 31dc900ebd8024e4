// Ecuador's VIRTE for non-Venezuelans, Decreto 698 (fact sheet §10): regular entrants of any other nationality who
// arrived by 16 September 2022; the Registro closed on 15 August 2023.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const ecVirte2023OtherNationalities: Programme = {
  id: 'ec-virte-2023-other-nationalities',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('ec-virte-2023-other-nationalities'),
  hostCountries: ['EC'],
  links: [
    {
      purpose: 'information',
      ...from(S.EC_698_MRE, 'Registro: registro.migracion.gob.ec; visa: visasregularizacion.cancilleria.gob.ec.'),
    },
  ],
  facts: [factDefinition('entered-ecuador-regularly'), factDefinition('left-ecuador-since-entry')],
  versions: [
    {
      id: '2023-03-22-decree-698',
      effectiveFrom: '2023-03-22',
      note: 'Decreto 698 (22 March or 12 April 2023): stage 2 for other nationalities; Registro to 15 August 2023, visa from 12 July 2023.',
      criteria: [
        {
          id: 'nationality-any-but',
          excluded: [{ code: 'VE', ...from(S.EC_698_MRE, 'Venezuelans had their own stages (Decretos 436 and 753).') }],
          excludeHostNationals: true,
          ...from(S.EC_698_MRE, 'Foreigners of any nationality except Venezuelan (EC-698-MRE; EC-ECUAASSIST).'),
        },
        {
          id: 'arrival',
          window: { until: '2022-09-16' },
          afterWindow: 'not_met',
          ...from(S.EC_698_MRE, '"Hasta el 16 de septiembre de 2022" (EC-698-MRE); "on or before" (EC-ECUAASSIST).'),
        },
        {
          id: 'fact',
          fact: 'entered-ecuador-regularly',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.EC_698_MRE, 'Entered regularly through official checkpoints.'),
        },
        {
          id: 'fact',
          fact: 'left-ecuador-since-entry',
          mustBe: 'no',
          otherAnswer: 'not_met',
          ...from(S.EC_GRINGOPOST, 'One source.'),
        },
      ],
      routes: [
        {
          id: 'registro',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'unknown',
                  from: '2023-03-22',
                  until: '2023-05-25',
                  ...from(
                    S.EC_ECUAASSIST,
                    'Decree dated 22 March (EC-698-MRE) or 12 April 2023 (EC-ECUAASSIST); the day the Registro opened to this stage was not found.',
                  ),
                },
                {
                  status: 'open',
                  from: '2023-05-26',
                  until: '2023-08-15',
                  ...from(S.EC_GRINGOPOST, 'Registration "only until August 15, 2023" (EC-GRINGOPOST, 26 May 2023).'),
                },
                {
                  status: 'closed',
                  from: '2023-08-16',
                  ...from(S.EC_ECUAASSIST, 'Decreto 809 (EC-ECUAASSIST; EC-GRINGOPOST).'),
                },
              ],
            },
          ],
        },
        {
          id: 'registered-visa-phase',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'open',
                  from: '2023-08-16',
                  until: '2024-03-12',
                  ...from(
                    S.EC_ECUAASSIST,
                    'Visa applications from 12 July 2023 (EC-698-MRE); later phases until 12 March 2024 (one source).',
                  ),
                },
                {
                  status: 'closed',
                  from: '2024-03-13',
                  ...from(S.EC_ECUAASSIST, 'End of the remaining phases (one source).'),
                },
              ],
            },
            {
              id: 'legal-status-any-of',
              anyOf: [
                {
                  code: 'regularization_applied',
                  registered: { from: '2023-03-22', until: '2023-08-15' },
                  ...from(S.EC_698_MRE, 'Completed the Registro de Permanencia by 15 August 2023.'),
                },
              ],
              otherwise: 'not_met',
              ...from(S.EC_698_MRE, 'Only people who completed the Registro could apply for the visa.'),
            },
          ],
        },
      ],
      checkYourself: [
        {
          condition: 'criminal-record',
          ...from(
            S.EC_ECUAASSIST,
            'Criminal records from the countries of the last 5 years; not a risk to the State (one source for the documents).',
          ),
        },
      ],
    },
  ],
}
