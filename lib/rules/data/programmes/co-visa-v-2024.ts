// Colombia's Visa V – Visitante Especial (fact sheet §8): from 4 December 2024 for Venezuelans who arrived before
// that day; no end date found.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const coVisaV2024: Programme = {
  id: 'co-visa-v-2024',
  engine: 'blocks',
  kind: 'host-country-regularization',
  ...programmeText('co-visa-v-2024'),
  hostCountries: ['CO'],
  links: [
    {
      purpose: 'information',
      ...from(
        S.VV_PUBLIMETRO,
        'Applications through the Cancillería digital platform; the exact URL was not retrieved.',
      ),
    },
  ],
  facts: [factDefinition('has-other-nationality')],
  versions: [
    {
      id: '2024-12-04-resolution-12509',
      effectiveFrom: '2024-12-04',
      note: 'Resolución 12509 of 4 December 2024 creates the visa; no end date found.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'open',
              from: '2024-12-04',
              until: '2025-12-31',
              ...from(
                S.VV_FYS,
                'Issued 4 December 2024 (VV-NOTIS); applications were being decided in 2025 (VV-FYS, undated): open through 2025 is inferred.',
              ),
            },
            {
              status: 'unknown',
              from: '2026-01-01',
              ...from(
                S.VV_ALBERTO,
                'No end date found: the draft allowed "no superior a dos (2) años"; press says "hasta 2026" (VV-LARA; VV-NOTIVERAZ).',
              ),
            },
          ],
        },
        {
          id: 'nationality-any-of',
          nationalities: [{ code: 'VE', ...from(S.VV_NOTIS, 'VV-NOTIS; VV-IFM; VV-PUBLIMETRO.') }],
        },
        {
          id: 'arrival',
          window: { until: '2024-12-03', untilDayUncertain: true },
          afterWindow: 'not_met',
          ...from(
            S.VV_PUBLIMETRO,
            '"Antes del 04 de diciembre del 2024" (VV-PUBLIMETRO; VV-2001; VV-NOTIS) vs "antes del 3 de diciembre" (VV-IFM): arriving on 3 December is unknown.',
          ),
        },
        {
          id: 'legal-status-none-of',
          noneOf: [
            { code: 'ppt', ...from(S.VV_PUBLIMETRO) },
            { code: 'regular_permit', ...from(S.VV_PUBLIMETRO) },
          ],
          whenHeld: 'unknown',
          ...from(
            S.VV_ALBERTO,
            'Aimed at Venezuelans with irregular stay; whether people with a current regular status may apply is not stated.',
          ),
        },
        {
          id: 'fact',
          fact: 'has-other-nationality',
          mustBe: 'no',
          otherAnswer: 'not_met',
          ...from(S.VV_NOTIS, 'Holders of another nationality are excluded (VV-NOTIS; VV-IFM; VV-PUBLIMETRO).'),
        },
      ],
      checkYourself: [
        { condition: 'deprived-of-liberty', ...from(S.VV_NOTIS, 'VV-NOTIS; VV-IFM.') },
        { condition: 'expulsion-or-deportation-order', ...from(S.VV_NOTIS, 'VV-NOTIS; VV-IFM.') },
        {
          condition: 'criminal-record',
          ...from(
            S.VV_NOTIS,
            'Judicial, criminal or police record, or migration measures in force (VV-NOTIS; VV-IFM).',
          ),
        },
      ],
    },
  ],
}
