import { describe, expect, it } from 'vitest'
import { shippedHistory } from '@/lib/rules/data'
import { screeningHistory } from './history'
import { db } from './prisma'

describe('screeningHistory', () => {
  it('follows the database: a version published or removed counts from the next call', async () => {
    const ids = async () => (await screeningHistory()).map((v) => v.id)
    expect(await ids()).toEqual(expect.arrayContaining(shippedHistory.map((v) => v.id)))
    const last = shippedHistory.at(-1)!
    const id = `test-cached-history-${process.pid}`
    const document = { ...last, id, effectiveFrom: '2099-01-01', note: 'test' }
    await db().ruleVersion.create({ data: { id, effectiveFrom: new Date('2099-01-01'), note: 'test', document, origin: 'admin' } })
    try {
      expect(await ids()).toContain(id)
    } finally {
      await db().ruleVersion.delete({ where: { id } })
    }
    expect(await ids()).not.toContain(id)
  })
})
