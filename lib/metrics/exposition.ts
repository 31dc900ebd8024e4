// The text /api/metrics answers: the counters of registry.ts plus gauges read when scraped.
import 'server-only'

import { collectDefaultMetrics, Gauge } from 'prom-client'

import { cachedHistory, rulesQueryCount } from '@/lib/db/history'
import { outboxCounts } from '@/lib/outcomes/outbox'
import { todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'

import { metrics } from './registry'

const memory = globalThis as unknown as { screenerGauges?: boolean }

/** The metrics in Prometheus text format, with their content type. */
export async function metricsText(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics()
  if (!memory.screenerGauges) {
    memory.screenerGauges = true
    addGauges()
  }
  return { body: await registry.metrics(), contentType: registry.contentType }
}

function addGauges(): void {
  const registers = [metrics().registry]
  collectDefaultMetrics({ register: metrics().registry }) // CPU, memory, event loop lag of this process
  new Gauge({
    name: 'screener_outbox_outcomes',
    help: 'Outcomes in the outbox: waiting for the database, or set aside for a person to look at.',
    labelNames: ['state'],
    registers,
    collect() {
      const { pending, rejected } = outboxCounts()
      this.set({ state: 'pending' }, pending)
      this.set({ state: 'rejected' }, rejected)
    },
  })
  new Gauge({
    name: 'screener_rules_version_info',
    help: 'The rules version in force today in this instance (value 1); none before the history is read.',
    labelNames: ['version'],
    registers,
    collect() {
      this.reset()
      const history = cachedHistory()
      if (history?.length) this.set({ version: versionInForce(history, todayIso()).id }, 1)
    },
  })
  new Gauge({
    name: 'screener_rules_queries',
    help: 'Queries this instance has sent to read or check the rules (not one per screening).',
    registers,
    collect() {
      this.set(rulesQueryCount())
    },
  })
}
