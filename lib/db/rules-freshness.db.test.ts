// Rules freshness without a query per screening: a change to rule_versions made on another connection (another
// instance, a script) reaches every listener through the trigger's NOTIFY, and nothing is asked of the database
// while nothing changes.
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'

import { listenForChanges } from './change-listener'
import { rulesListenerConnected, rulesQueryCount, screeningHistory } from './history'

const url = () => process.env.DATABASE_URL!
const last = shippedHistory.at(-1)!
const id = `test-freshness-${process.pid}`

async function onOtherConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

// Origin "shipped": the only versions that may be deleted again (published ones are immutable).
const insertVersion = () =>
  onOtherConnection((c) =>
    c.query(
      `INSERT INTO rule_versions (id, effective_from, note, document, origin) VALUES ($1, '2099-02-01', 'fresh', $2, 'shipped')`,
      [id, JSON.stringify({ ...last, id, effectiveFrom: '2099-02-01', note: 'fresh' })],
    ),
  )

afterAll(() => onOtherConnection((c) => c.query('DELETE FROM rule_versions WHERE id = $1', [id])))

describe('the rules in memory', () => {
  it('asks the database nothing while nothing changes', async () => {
    await screeningHistory()
    await expect.poll(rulesListenerConnected, { timeout: 5_000 }).toBe(true)
    // Until the reads at start-up (first use, then connecting) are over: a call that waits for none.
    await expect
      .poll(
        async () => {
          const queries = rulesQueryCount()
          await screeningHistory()
          return rulesQueryCount() - queries
        },
        { timeout: 10_000 },
      )
      .toBe(0)
    const before = rulesQueryCount()
    for (let i = 0; i < 200; i++) await screeningHistory()
    expect(rulesQueryCount()).toBe(before)
  })

  it('hears of a version inserted on another connection within 2 s, on a second listener too', async () => {
    let heard = 0
    const second = listenForChanges(url(), 'rule_versions', () => (heard += 1))
    try {
      await expect.poll(() => second.connected(), { timeout: 5_000 }).toBe(true)
      const afterConnect = heard
      const queries = rulesQueryCount()
      await insertVersion()
      await expect.poll(() => heard, { timeout: 2_000 }).toBeGreaterThan(afterConnect)
      await expect
        .poll(async () => (await screeningHistory()).find((v) => v.id === id)?.note, { timeout: 2_000 })
        .toBe('fresh')
      expect(rulesQueryCount()).toBeGreaterThan(queries) // the counter counts real reads
    } finally {
      await second.stop()
    }
  })
})
