// Ecuador's VIRTE for Venezuelans (fact sheet §9): the Registro de Permanencia opened 1 September 2022 for
// regular entrants and 17 February 2023 for irregular entrants, and closed for all on 15 August 2023; people
// registered by then could apply for the visa until 12 March 2024 (one source).
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

const registroClosed = from(
  S.EC_ECUAASSIST,
  'Decreto 809: Registro closes for all stages on 15 August 2023 (EC-ECUAASSIST; EC-GRINGOPOST).',
)

export const ecVirte2022: Programme = {
  id: 'ec-virte-2022',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('ec-virte-2022'),
  hostCountries: ['EC'],
  links: [
    { purpose: 'apply', ...from(S.EC_FLORES, 'Registro: https://registro.migracion.gob.ec (closed).') },
    { purpose: 'information', ...from(S.EC_698_MRE, 'Visa: visasregularizacion.cancilleria.gob.ec and estoyaqui.ec.') },
  ],
  facts: [factDefinition('entered-ecuador-regularly')],
  versions: [
    {
      id: '2022-09-01-registro-opens',
      effectiveFrom: '2022-09-01',
      note: 'Decreto 436 stage 1 (regular entrants) from 1 September 2022; Decreto 753 stage 3 (irregular entrants) from 17 February 2023; Registro closes 15 August 2023.',
      criteria: [
        {
          id: 'nationality-any-of',
          nationalities: [{ code: 'VE', ...from(S.EC_AM76, 'Decreto 436; Acuerdo Ministerial 0000076.') }],
        },
      ],
      routes: [
        {
          id: 'regular-entry',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'open',
                  from: '2022-09-01',
                  until: '2023-08-15',
                  ...from(S.EC_FLORES, 'Registro opens 1 September 2022 (EC-FLORES; EC-ENTORNO).'),
                },
                { status: 'closed', from: '2023-08-16', ...registroClosed },
              ],
            },
            {
              id: 'fact',
              fact: 'entered-ecuador-regularly',
              mustBe: 'yes',
              otherAnswer: 'not_met',
              ...from(S.EC_ELCOMERCIO, 'Stage 1: entered through official checkpoints.'),
            },
            {
              id: 'arrival',
              window: { until: '2022-06-02', untilDayUncertain: true },
              afterWindow: 'not_met',
              ...from(
                S.EC_UNIONRADIO,
                '"Hasta el 1 de junio" (EC-ELCOMERCIO; EC-ELDEBER, decree signed 1 June) vs "antes de este viernes 3 de junio" (EC-UNIONRADIO): 2 June is unknown.',
              ),
            },
          ],
        },
        {
          id: 'irregular-entry',
          criteria: [
            {
              id: 'registration',
              periods: [
                {
                  status: 'open',
                  from: '2023-02-17',
                  until: '2023-08-15',
                  ...from(S.EC_FLORES, 'Announced opening date for irregular entrants (one source).'),
                },
                { status: 'closed', from: '2023-08-16', ...registroClosed },
              ],
            },
            {
              id: 'fact',
              fact: 'entered-ecuador-regularly',
              mustBe: 'no',
              otherAnswer: 'not_met',
              ...from(S.EC_753_UNIVERSO, 'Stage 3: people who did not register their entry (Decreto 753).'),
            },
            {
              id: 'arrival',
              window: { until: '2022-05-31' },
              afterWindow: 'unknown',
              ...from(
                S.EC_ELIMPULSO,
                '"Antes del 1 de junio de 2022" (EC-ELIMPULSO, one source); the Decreto 753 texts give no cutoff, so later arrivals are unknown.',
              ),
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
                    'Later phases (visa applications) continue until 12 March 2024 (one source).',
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
                  registered: { from: '2022-09-01', until: '2023-08-15' },
                  ...from(S.EC_FLORES, 'A Certificado de Permanencia Migratoria from the Registro.'),
                },
              ],
              otherwise: 'not_met',
              ...from(S.EC_ECUAASSIST, 'Only people who completed the Registro could continue.'),
            },
          ],
        },
      ],
      checkYourself: [
        {
          condition: 'criminal-record',
          ...from(
            S.EC_ELCOMERCIO,
            'Not a threat to public security; no criminal or police record (EC-UNIONRADIO; EC-753-UNIVERSO).',
          ),
        },
      ],
    },
  ],
}
