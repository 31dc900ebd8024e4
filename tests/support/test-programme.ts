// A small made-up programme for unit tests of the programme engine (not shipped data).
import type { Block, Programme, ProgrammeVersion } from '@/lib/rules/programmes'

export const src = { source: { url: 'https://example.org/rule', title: 'Test rule' }, verifiedOn: '2026-01-01' }
const words = { es: 'Prueba', en: 'Test', fr: 'Test', ht: 'Tès' }

/** Open 2024-01-01 – 2024-06-30 for VE and CU in CO, asylum seekers registered by 2023-12-31, a fact "has-job". */
export function testBlocks(): Block[] {
  return [
    {
      id: 'registration',
      periods: [
        { status: 'open', from: '2024-01-01', until: '2024-06-30', ...src },
        { status: 'closed', from: '2024-07-01', ...src },
      ],
    },
    {
      id: 'nationality-any-of',
      nationalities: [
        { code: 'VE', ...src },
        { code: 'CU', uncertain: true, ...src },
      ],
    },
    {
      id: 'legal-status-any-of',
      anyOf: [{ code: 'asylum_seeker', registered: { until: '2023-12-31' }, ...src }],
      otherwise: 'not_met',
      ...src,
    },
    { id: 'fact', fact: 'has-job', mustBe: 'yes', otherAnswer: 'not_met', ...src },
  ]
}

/** A version from blocks (default: testBlocks()), optionally with routes. */
export function testProgrammeVersion(overrides: Partial<ProgrammeVersion> = {}): ProgrammeVersion {
  return {
    id: 'v1',
    effectiveFrom: '2024-01-01',
    note: 'test',
    criteria: testBlocks(),
    checkYourself: [],
    ...overrides,
  }
}

/** A programme in Colombia with the given versions (default: one test version). */
export function testProgramme(
  versions: ProgrammeVersion[] = [testProgrammeVersion()],
  extra: Partial<Programme> = {},
): Programme {
  return {
    id: 'test-programme',
    engine: 'blocks',
    kind: 'host-country-regularization',
    name: words,
    officialName: { text: 'Programa de prueba', language: 'es' },
    description: words,
    hostCountries: ['CO'],
    links: [{ purpose: 'apply', ...src }],
    facts: [
      { id: 'has-job', question: words },
      { id: 'has-school', question: words },
    ],
    versions,
    ...extra,
  }
}
