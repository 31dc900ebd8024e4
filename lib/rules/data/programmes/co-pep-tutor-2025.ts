// Colombia's PEP Tutor (fact sheet §7): applications 1 September 2025 – 30 April 2026 for Venezuelan parents
// and custodians of a child who holds a PPT, who hold no PPT or visa themselves.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const coPepTutor2025: Programme = {
  id: 'co-pep-tutor-2025',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('co-pep-tutor-2025'),
  hostCountries: ['CO'],
  links: [
    {
      purpose: 'information',
      ...from(S.PEPT_BLU, 'Only through the Migración Colombia portal (FUT form); the exact URL was not retrieved.'),
    },
  ],
  facts: [factDefinition('guardian-of-child-with-ppt'), factDefinition('child-ppt-valid-on-2023-12-31')],
  versions: [
    {
      id: '2025-09-01-opens',
      effectiveFrom: '2025-09-01',
      note: 'Resolución 2451 de 2025: applications from 1 September 2025 to 30 April 2026.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'open',
              from: '2025-09-01',
              until: '2026-04-30',
              ...from(S.PEPT_2001_JAN26, '"Hasta el 30 de abril de 2026" (PEPT-2001-JAN26; PEPT-PARAG; PEPT-BLU).'),
            },
            {
              status: 'closed',
              from: '2026-05-01',
              ...from(S.PEPT_ESPECT, 'No extension found; no source is dated after February 2026.'),
            },
          ],
        },
        {
          id: 'nationality-any-of',
          nationalities: [{ code: 'VE', ...from(S.PEPT_BLU, 'PEPT-BLU; PEPT-2001-SEP25.') }],
        },
        {
          id: 'legal-status-none-of',
          noneOf: [
            { code: 'ppt', ...from(S.PEPT_2001_SEP25) },
            {
              code: 'regular_permit',
              ...from(S.PEPT_2001_SEP25, '"Ninguna visa vigente" of any class (PEPT-BLU; PEPT-ELDATO).'),
            },
          ],
          whenHeld: 'not_met',
          ...from(S.PEPT_2001_SEP25, 'Does not hold a PPT or any valid visa.'),
        },
        {
          id: 'fact',
          fact: 'guardian-of-child-with-ppt',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.PEPT_BLU, 'PEPT-BLU; PEPT-2001-SEP25; PEPT-ELDATO.'),
        },
        {
          id: 'fact',
          fact: 'child-ppt-valid-on-2023-12-31',
          mustBe: 'yes',
          otherAnswer: 'unknown',
          ...from(
            S.PEPT_2001_SEP25,
            'PPT valid on 31 December 2023 (PEPT-2001-SEP25; PEPT-BLU) vs a child registered in the RUMV before that day (PEPT-PARAG; PEPT-2001-JAN26): "no" is unknown.',
          ),
        },
      ],
      checkYourself: [
        {
          condition: 'criminal-record',
          ...from(S.PEPT_2001_SEP25, 'No criminal record or sentence in Colombia or abroad (PEPT-BLU).'),
        },
        {
          condition: 'expulsion-or-deportation-order',
          ...from(S.PEPT_2001_SEP25, 'No expulsion, deportation or financial sanction in force (PEPT-BLU).'),
        },
      ],
    },
  ],
}
