// Background work while the app runs (started from instrumentation.ts): drain the outbox at start-up and every
// OUTCOME_OUTBOX_DRAIN_SECONDS, purge old outcomes a minute after start-up and then daily. Timers are unref'd so
// they never keep a process alive; every job is safe with several instances (drain.ts, purge.ts).
import 'server-only'

import { errorFields, log } from '@/lib/log'

import { startDrainer } from './drain'
import { purgeOutcomes } from './purge'

const DAY_MS = 24 * 60 * 60_000
const started = globalThis as unknown as { outcomeJobs?: boolean }

/** Starts the drain and purge timers once per process. */
export function startOutcomeJobs(): void {
  if (started.outcomeJobs) return
  started.outcomeJobs = true
  startDrainer(Number(process.env.OUTCOME_OUTBOX_DRAIN_SECONDS ?? 10) * 1000)
  const purge = () =>
    purgeOutcomes()
      .then((r) => log.info({ event: 'retention_purge', ...r }))
      .catch((e) => log.error({ event: 'retention_purge_failed', ...errorFields(e) }))
  setTimeout(purge, 60_000).unref()
  setInterval(purge, DAY_MS).unref()
}
