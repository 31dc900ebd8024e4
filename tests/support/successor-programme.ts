// A programme built from the building blocks, as an admin would create it: a Safe Mobility successor in
// Colombia for Venezuelans who arrived by 11 June 2023, open from 2024-01-01. For tests only.
import type { Programme } from '@/lib/rules/programmes/programme'

const sourced = { source: { url: 'https://example.org/decree', title: 'Decree' }, verifiedOn: '2026-11-30' }

/** The programme, under `id`; `withFact` adds a yes/no fact that must be yes. */
export function successorProgramme(id = 'smo-successor-co', withFact = false): Programme {
  return {
    id,
    engine: 'blocks',
    kind: 'third-country-pathway',
    name: { es: 'Sucesor', en: 'Successor', fr: 'Successeur', ht: 'Siksesè' },
    officialName: { text: 'Oficinas sucesoras', language: 'es' },
    description: { es: 'Una vía.', en: 'A pathway.', fr: 'Une voie.', ht: 'Yon chemen.' },
    hostCountries: ['CO'],
    links: [],
    facts: withFact
      ? [{ id: 'has-sponsor', question: { es: '¿Patrocinio?', en: 'Sponsor?', fr: 'Parrain\u00a0?', ht: 'Parenn?' } }]
      : [],
    versions: [
      {
        id: '2024-01-01-admin-aaaaaa',
        effectiveFrom: '2024-01-01',
        note: 'Opens',
        criteria: [
          { id: 'registration', periods: [{ status: 'open', from: '2024-01-01', ...sourced }] },
          { id: 'nationality-any-of', nationalities: [{ code: 'VE', ...sourced }] },
          { id: 'arrival', window: { until: '2023-06-11' }, afterWindow: 'not_met', ...sourced },
          { id: 'age', mustBe: 'adult', ...sourced },
          ...(withFact
            ? [
                {
                  id: 'fact' as const,
                  fact: 'has-sponsor',
                  mustBe: 'yes' as const,
                  otherAnswer: 'not_met' as const,
                  ...sourced,
                },
              ]
            : []),
        ],
        checkYourself: [],
      },
    ],
  }
}
