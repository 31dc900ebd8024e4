// The process's Prometheus metrics (prom-client), exposed at /api/metrics. Only counts and timings of the
// service: no label ever holds an answer, a code, an address or anything else about a person. On globalThis:
// the server bundle and instrumentation.ts may each load this module, and both must count into one registry.
import { Counter, Histogram, Registry } from 'prom-client'

interface Metrics {
  registry: Registry
  stored: Counter<'channel' | 'stored'>
  refusals: Counter<'limit'>
  database: Histogram<'operation'>
}

const memory = globalThis as unknown as { screenerMetrics?: Metrics }

/** The one set of metrics of this process. */
export function metrics(): Metrics {
  return (memory.screenerMetrics ??= create())
}

function create(): Metrics {
  const registry = new Registry()
  return {
    registry,
    stored: new Counter({
      name: 'screener_screenings_stored_total',
      help: 'Outcomes acknowledged with a result code, by channel and where they went (a retry counts again).',
      labelNames: ['channel', 'stored'],
      registers: [registry],
    }),
    refusals: new Counter({
      name: 'screener_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit.',
      labelNames: ['limit'],
      registers: [registry],
    }),
    database: new Histogram({
      name: 'screener_database_seconds',
      help: 'Time of database operations, by operation.',
      labelNames: ['operation'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  }
}

/** Counts one stored screening ("database" or "outbox"). */
export function countStoredScreening(channel: string, stored: 'database' | 'outbox'): void {
  metrics().stored.inc({ channel, stored })
}

/** Counts one request refused by the rate limit named `limit` (a fixed name such as "screenings", never a key). */
export function countRateLimitRefusal(limit: string): void {
  metrics().refusals.inc({ limit })
}

/** Times `work` as the database operation `operation` (failures too). */
export async function timeDatabase<T>(operation: string, work: () => Promise<T>): Promise<T> {
  const end = metrics().database.startTimer({ operation })
  try {
    return await work()
  } finally {
    end()
  }
}
