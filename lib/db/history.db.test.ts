import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'

import { screeningHistory } from './history'
import { db } from './prisma'

describe('screeningHistory', () => {
  it('follows the database: a version added, changed or removed counts within moments', async () => {
    const find = async (id: string) => (await screeningHistory()).find((v) => v.id === id)
    expect((await screeningHistory()).map((v) => v.id)).toEqual(expect.arrayContaining(shippedHistory.map((v) => v.id)))
    const last = shippedHistory.at(-1)!
    const id = `test-history-${process.pid}`
    const document = { ...last, id, effectiveFrom: '2099-01-01', note: 'first' }
    // Origin "shipped": only those may change or go (the admin_area migration makes published versions immutable).
    await db().ruleVersion.create({
      data: { id, effectiveFrom: new Date('2099-01-01'), note: 'first', document, origin: 'shipped' },
    })
    try {
      await expect.poll(async () => (await find(id))?.note, { timeout: 2_000 }).toBe('first')
      await db().ruleVersion.update({
        where: { id },
        data: { note: 'second', document: { ...document, note: 'second' } },
      })
      await expect.poll(async () => (await find(id))?.note, { timeout: 2_000 }).toBe('second')
    } finally {
      await db().ruleVersion.delete({ where: { id } })
    }
    await expect.poll(() => find(id), { timeout: 2_000 }).toBeUndefined()
  })
})
