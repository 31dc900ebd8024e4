import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { type RuleSet, ruleSetSchema } from '@/lib/rules/schema'

import { applyForm } from './apply-form'
import { unverifiedChanges } from './verification'

const base = shippedHistory.at(-1)!

function edit(fields: Record<string, string>, remove: string[] = []): RuleSet {
  const rules = applyForm(base.countries.CO, new Map(Object.entries(fields)), remove)
  return ruleSetSchema.parse({ ...base, countries: { ...base.countries, CO: rules } })
}

describe('draft form and verification', () => {
  it('a form with no changes changes nothing', () => {
    expect(edit({}).countries.CO).toEqual(base.countries.CO)
  })

  it('flags a changed cutoff whose "verified on" date stayed the same, and accepts it re-verified', () => {
    const ve = base.countries.CO.nationalities.findIndex((n) => n.code === 'VE')
    const cutoff = base.countries.CO.nationalities[ve]!.arrivalCutoff!
    const p = `nationalities.${ve}.arrivalCutoff`
    const fields = {
      [`${p}._shown`]: '1',
      [`${p}.onOrBefore`]: '2024-03-31',
      [`${p}.source.url`]: cutoff.source.url,
      [`${p}.source.title`]: cutoff.source.title,
      [`${p}.verifiedOn`]: cutoff.verifiedOn,
      [`${p}.reason`]: cutoff.reason ?? '',
      ...(cutoff.dayUncertain ? { [`${p}.dayUncertain`]: 'on' } : {}),
    }
    // The draft was started on 1 December 2026: the old "verified on" date is older than that.
    expect(
      unverifiedChanges(base, edit({ ...fields, [`${p}.verifiedOn`]: '2026-11-30' }), '2026-12-01', '2026-12-02'),
    ).toEqual([`CO.${p}`])
    expect(
      unverifiedChanges(base, edit({ ...fields, [`${p}.verifiedOn`]: '2026-12-02' }), '2026-12-01', '2026-12-02'),
    ).toEqual([])
    expect(
      unverifiedChanges(base, edit({ ...fields, [`${p}.verifiedOn`]: '2026-12-03' }), '2026-12-01', '2026-12-02'),
    ).toEqual([`CO.${p}`])
  })

  it('removes an item of a list', () => {
    expect(edit({}, ['legalStatus.anyOf.0']).countries.CO.legalStatus.anyOf).toHaveLength(
      base.countries.CO.legalStatus.anyOf.length - 1,
    )
  })
})
