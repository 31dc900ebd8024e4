import { describe, expect, it } from 'vitest'

import { type CellStatus, exposedCells } from '@/lib/stats/disclosure-audit'
import { marginStatus } from '@/lib/stats/suppress'

import { impactColumns, type ImpactCounts, impactMatrix, suppressImpact } from './impact-table'

// A small deterministic generator: the same tables on every run, many of them with counts of 1–4.
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

function table(next: () => number): ImpactCounts[] {
  const countries = ['CO', 'CR', 'EC', 'GT']
  const nationalities = ['VE', 'CU', 'HT', 'NI']
  const pick = () => {
    const r = next()
    return r < 0.3 ? 0 : r < 0.6 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 60)
  }
  return countries.flatMap((hostCountry) =>
    nationalities
      .filter(() => next() < 0.7)
      .map((nationality) => ({ hostCountry, nationality, changed: pick(), unchanged: pick(), cannotTell: pick() })),
  )
}

const status = (kind: string): CellStatus =>
  kind === 'count' ? 'published' : kind === 'small' ? 'primary' : 'secondary'

describe('the impact table', () => {
  it('never shows a count of 1–4, and the disclosure audit finds no hidden cell it could work out', () => {
    const next = random(8)
    let audited = 0
    for (let n = 0; n < 150; n++) {
      const rows = table(next)
      const shown = suppressImpact(rows)
      for (const row of shown)
        for (const cell of [row.total, ...impactColumns.map((c) => row[c])])
          if (cell.kind === 'count') expect(cell.value === 0 || cell.value >= 5).toBe(true)
      const { values } = impactMatrix(rows)
      const pattern = shown.map((row) => impactColumns.map((c) => status(row[c].kind)))
      const exposed = exposedCells(values, pattern, marginStatus(values))
      // As for the statistics, the one excuse: every non-zero cell is hidden and the true totals alone decide.
      const allHidden = values.every((r, i) => r.every((v, j) => v === 0 || pattern[i]![j] !== 'published'))
      if (exposed.length) expect({ values, exposed, allHidden }).toMatchObject({ allHidden: true })
      else audited++
    }
    expect(audited).toBeGreaterThan(100)
  })

  it('shows a crafted "changed" count of three as "<5", and its row in key order', () => {
    const shown = suppressImpact([
      { hostCountry: 'GT', nationality: 'HN', changed: 40, unchanged: 60, cannotTell: 0 },
      { hostCountry: 'CO', nationality: 'VE', changed: 3, unchanged: 120, cannotTell: 10 },
    ])
    expect(shown.map((r) => r.hostCountry)).toEqual(['CO', 'GT'])
    expect(shown[0]!.changed).toEqual({ kind: 'small' })
    expect([shown[0]!.unchanged.kind, shown[0]!.cannotTell.kind]).toContain('hidden')
  })
})
