// `npm run bench:stats [-- --runs 30]`: times every dashboard query (database, then database + suppression)
// against whatever outcomes are stored. Seed first: `npm run db:seed:demo -- --outcomes 1000000`.
import { db } from '@/lib/db/prisma'
import { countOutcomes, filterChoices, lastScreeningDay } from '@/lib/db/stats'
import { parseStatsQuery } from '@/lib/stats/filters'
import { buildStatsTable } from '@/lib/stats/table'
import { statsViews } from '@/lib/stats/views'

const runsArg = process.argv.indexOf('--runs')
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 30
const cases = [
  ...statsViews.map((view) => ({ name: `${view}, all outcomes`, params: { view } })),
  { name: 'period by day (last 92 days)', params: { view: 'period', granularity: 'day' } },
  { name: 'period by week, CO', params: { view: 'period', granularity: 'week', hostCountry: 'CO' } },
  {
    name: 'nationality, CO, 15 Jan–30 Jun 2025',
    params: { view: 'nationality', hostCountry: 'CO', from: '2025-01-15', to: '2025-06-30' },
  },
  {
    name: 'rules-version, 3–27 Oct 2026 (days only)',
    params: { view: 'rules-version', from: '2026-10-03', to: '2026-10-27' },
  },
  { name: 'locale, assisted, VE', params: { view: 'locale', channel: 'assisted', nationality: 'VE' } },
  { name: 'channel, ht, not_eligible', params: { view: 'channel', locale: 'ht', outcome: 'not_eligible' } },
]

const stored = await db().outcome.count()
console.log(`outcomes stored: ${stored.toLocaleString('en')}; ${runs} runs per query after 3 warm-up runs\n`)
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!
const rows: string[][] = [['query', 'rows', 'db median', 'db p95', 'page median', 'page p95']]
const last = await lastScreeningDay()
for (const c of [{ name: 'filter choices + last day', params: null }, ...cases]) {
  const dbMs: number[] = []
  const allMs: number[] = []
  let size = 0
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now()
    if (!c.params) {
      await Promise.all([filterChoices(), lastScreeningDay()])
    } else {
      const query = parseStatsQuery(c.params)
      const counts = await countOutcomes(query, last)
      const t1 = performance.now()
      if (i >= 3) dbMs.push(t1 - t0)
      size = buildStatsTable(query.view, counts).rowKeys.length
    }
    const t2 = performance.now()
    if (i >= 3) {
      allMs.push(t2 - t0)
      if (!c.params) dbMs.push(t2 - t0)
    }
  }
  const f = (x: number) => x.toFixed(1)
  rows.push([c.name, String(size), f(pct(dbMs, 0.5)), f(pct(dbMs, 0.95)), f(pct(allMs, 0.5)), f(pct(allMs, 0.95))])
}
const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)))
for (const r of rows)
  console.log(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '))
console.log('\nms; "page" = query + building and suppressing the table. Limit: 200 ms per view.')
await db().$disconnect()
