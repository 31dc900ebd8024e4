// A small made-up rule-set version for unit tests of the engine (not the shipped data).
import type { HostRules, RuleSet } from '@/lib/rules/schema'

const src = { source: { url: 'https://example.org/rule', title: 'Test rule' }, verifiedOn: '2026-01-01' }

/** Host rules: VE with cutoff 2023-06-11, open from 2023-06-01, asylum seekers registered by the cutoff. */
export function testRules(overrides: Partial<HostRules> = {}): HostRules {
  return {
    registrationPeriods: [{ status: 'open', from: '2023-06-01', ...src }],
    nationalities: [
      { code: 'VE', arrivalCutoff: { onOrBefore: '2023-06-11', ...src }, ...src },
      { code: 'GT', ...src },
    ],
    legalStatus: {
      anyOf: [
        { code: 'asylum_seeker', registeredOnOrBefore: '2023-06-11', ...src },
        { code: 'ppt', ...src },
      ],
      otherwise: 'not_met',
      ...src,
    },
    minimumAge: { years: 18, ...src },
    pages: {
      official: { url: 'https://example.org/official', title: 'Official' },
      unhcrHelp: { url: 'https://example.org/help', title: 'Help' },
      verifiedOn: '2026-01-01',
    },
    ...overrides,
  }
}

/** A version with the same host rules in all four countries. */
export function testVersion(id: string, effectiveFrom: string, rules: HostRules = testRules()): RuleSet {
  return { id, effectiveFrom, note: 'test', countries: { CO: rules, CR: rules, EC: rules, GT: rules } }
}

export { src as testSource }
