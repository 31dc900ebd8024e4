import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { evaluate } from '@/lib/rules/evaluate'

import { db } from './prisma'
import { loadHistory } from './rule-versions'

describe('loadHistory', () => {
  it('returns the seeded shipped versions, equal to the ones in code', async () => {
    const history = await loadHistory()
    const shipped = history.filter((v) => shippedHistory.some((s) => s.id === v.id))
    expect(shipped).toEqual(shippedHistory)
  })

  it('gives the same answer as the shipped history for a screening today', async () => {
    const answers = {
      hostCountry: 'CO' as const,
      nationality: 'VE',
      arrivalDate: '2023-01-01',
      statuses: [{ code: 'ppt' as const }],
      adult: 'yes' as const,
    }
    expect(evaluate(await loadHistory(), answers, '2026-11-25')).toEqual(
      evaluate(shippedHistory, answers, '2026-11-25'),
    )
  })
})

describe('prisma/seed.ts', () => {
  it('changes nothing when run again (idempotent upserts)', async () => {
    const before = await db().ruleVersion.findMany({ orderBy: { id: 'asc' } })
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/seed.ts'], {
      env: process.env,
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    const after = await db().ruleVersion.findMany({ orderBy: { id: 'asc' } })
    expect(after).toEqual(before)
    expect(after.filter((r) => r.origin === 'shipped')).toHaveLength(shippedHistory.length)
  })
})
