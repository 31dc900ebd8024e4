// The starting point of a new programme: a successor to Safe Mobility in one host country, built from the
// building blocks. Its sources are left empty on purpose: each value needs the source someone checked, so the
// draft stays invalid until they are filled in. Pure.
import type { ProgrammeDraftDocument } from './programme-candidate'

const unsourced = { source: { url: '', title: '' }, verifiedOn: '' }

/** A draft document to start a new programme from, opening on `today`. */
export function successorTemplate(today: string): ProgrammeDraftDocument {
  return {
    programme: {
      kind: 'third-country-pathway',
      name: { es: '', en: '', fr: '', ht: '' },
      officialName: { text: '', language: 'es' },
      description: { es: '', en: '', fr: '', ht: '' },
      hostCountries: ['CO'],
      links: [],
      facts: [],
    },
    version: {
      criteria: [
        { id: 'registration', periods: [{ status: 'open', from: today, ...unsourced }] },
        {
          id: 'nationality-any-of',
          nationalities: ['CU', 'HT', 'NI', 'VE'].map((code) => ({ code, ...unsourced })),
        },
        { id: 'arrival', window: { until: today }, afterWindow: 'not_met', ...unsourced },
        { id: 'age', mustBe: 'adult', ...unsourced },
      ],
      checkYourself: [],
    },
  }
}
