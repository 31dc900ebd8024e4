import { describe, expect, it } from 'vitest'

import { sensitiveConditions } from '@/lib/rules/programmes'
import { sampleProgrammeScreening } from '@/tests/support/screenings'

import { toOutcomeProgrammeRows } from './programme-rows'
import { outcomeProgrammeColumns } from './stored-columns'

describe('toOutcomeProgrammeRows', () => {
  const { answers, programmes } = sampleProgrammeScreening('2023-06-01')
  const rows = toOutcomeProgrammeRows(programmes, answers)
  const cet = rows.find((r) => r.programme === 'cr-cet-2023')

  it('keeps one row per programme of the host country, not Safe Mobility (its row is the outcome itself)', () => {
    expect(rows.map((r) => r.programme)).toEqual([
      'ca-humanitarian-family-2023',
      'ca-empp',
      'es-smo-referral',
      'cr-cet-2023',
    ])
    expect(toOutcomeProgrammeRows([...programmes, ...programmes], answers)).toEqual(rows)
  })

  it('has exactly the whitelisted columns (outcome_id is the parent row, added on insert)', () => {
    for (const row of rows)
      expect(['outcome_id', ...Object.keys(row)].sort()).toEqual([...outcomeProgrammeColumns].sort())
  })

  it('stores the outcome, version and criteria as codes, a fact criterion keyed by its fact', () => {
    const evaluated = programmes.find((p) => p.programme === 'cr-cet-2023')!
    expect(cet).toMatchObject({ programme_version: evaluated.version, outcome: evaluated.outcome })
    expect(cet?.criteria).toContainEqual({ id: 'fact:lived-in-cr-since-asylum-claim', status: 'met' })
    for (const c of cet?.criteria ?? []) expect(Object.keys(c)).toEqual(['id', 'status'])
  })

  it('keeps only answered facts the programme asks, never a sensitive condition or another programme’s fact', () => {
    expect(cet?.facts).toEqual({ 'lived-in-cr-since-asylum-claim': 'yes' })
    const stored = JSON.stringify(rows)
    expect(stored).not.toContain('has-virte')
    for (const condition of sensitiveConditions) expect(stored).not.toContain(`"${condition}"`)
    expect(stored).not.toContain('2019') // no arrival or status date
  })
})
