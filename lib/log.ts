// Structured logs with pino: one JSON object a line in production (for a log collector), readable lines from
// pino-pretty under `next dev`. Privacy: a log line never carries anything that could identify a person — no IP
// address, user agent, answers, result codes or access codes — so callers log event names, counts and error
// kinds only, and errorFields() keeps just the first line of a message (Prisma puts the query's values after it).
import { randomUUID } from 'node:crypto'

import pino, { type Logger } from 'pino'

const pretty =
  process.env.LOG_FORMAT === 'pretty' || (!process.env.LOG_FORMAT && process.env.NODE_ENV === 'development')

function destination() {
  // Tests only: the browser tests read the server's log lines from this file (tests/e2e/logs.spec.ts).
  if (process.env.LOG_FILE)
    return pino.destination({ dest: process.env.LOG_FILE, append: true, mkdir: true, sync: true })
  return undefined
}

function create(): Logger {
  const options = { level: process.env.LOG_LEVEL ?? 'info', base: { app: 'screener' } }
  if (pretty && !process.env.LOG_FILE) return pino({ ...options, transport: { target: 'pino-pretty' } })
  const dest = destination()
  return dest ? pino(options, dest) : pino(options)
}

const shared = globalThis as unknown as { screenerLog?: Logger }

/** The process-wide logger (one per process; reused across hot reloads in development). */
export const log: Logger = (shared.screenerLog ??= create())

/** A child logger for one request, tagged with its id (set by proxy.ts, a proxy's X-Request-Id, or a new one). */
export function requestLog(headers?: Headers | null): Logger {
  const given = headers?.get('x-request-id')
  const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID()
  return log.child({ requestId })
}

/** What may be logged of an error: its kind and the first line of its message (never the values after it). */
export function errorFields(error: unknown): { err: { name: string; code?: string; message: string } } {
  const e = error instanceof Error ? error : new Error(String(error))
  const code = (e as { code?: unknown }).code
  return {
    err: {
      name: e.name,
      ...(typeof code === 'string' ? { code } : {}),
      message: (e.message.split('\n')[0] ?? '').slice(0, 200),
    },
  }
}
