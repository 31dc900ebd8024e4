import { describe, expect, it } from 'vitest'

import { protectTotals } from './margins'

/** Every value each total can take, given the exact sum, the published totals and the ranges of hidden ones. */
function possible(totals: number[]) {
  const status = protectTotals(totals)
  const sum = totals.reduce((a, b) => a + b, 0)
  const seen = totals.map(() => new Set<number>())
  const walk = (k: number, acc: number[], s: number): void => {
    if (k === totals.length) {
      if (s === sum) acc.forEach((v, i) => seen[i]!.add(v))
      return
    }
    const [lo, hi] = status[k] === 'published' ? [totals[k]!, totals[k]!] : status[k] === 'primary' ? [1, 4] : [5, sum]
    for (let v = lo; v <= hi && s + v <= sum; v++) walk(k + 1, [...acc, v], s + v)
  }
  walk(0, [], 0)
  return { status, seen }
}

describe('protectTotals', () => {
  it('keeps totals exact when none is small', () => {
    expect(protectTotals([358, 347, 3926])).toEqual(['published', 'published', 'published'])
  })

  it('treats a small total and the next-smallest as unknown (grand total minus the others would give it away)', () => {
    expect(protectTotals([358, 347, 3, 3926])).toEqual(['published', 'secondary', 'primary', 'published'])
  })

  it('does not pair a 1 with a 6-or-less partner that would leave no doubt', () => {
    const { status, seen } = possible([1, 5, 9, 40])
    status.forEach((s, k) => s !== 'published' && expect(seen[k]!.size).toBeGreaterThan(1))
  })

  it('brute force: no hidden total can be worked out from the sum', () => {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 9, 14]
    for (let a = 0; a < pool.length; a++)
      for (let b = 0; b < pool.length; b++)
        for (let c = 0; c < pool.length; c++) {
          const totals = [pool[a]!, pool[b]!, pool[c]!, 5]
          const { status, seen } = possible(totals)
          const allHidden = totals.every((v, k) => v === 0 || status[k] !== 'published')
          status.forEach((s, k) => {
            if (s !== 'published' && !allHidden) expect(seen[k]!.size, JSON.stringify(totals)).toBeGreaterThan(1)
          })
        }
  })
})
