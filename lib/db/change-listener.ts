// One dedicated PostgreSQL connection that LISTENs on a channel and reconnects with backoff when it drops. A
// notification can be lost while the connection is down, so every (re)connect also counts as a change.
import pg from 'pg'

export interface ChangeListener {
  /** Whether the connection is up and listening. */
  connected(): boolean
  /** Closes the connection for good. */
  stop(): Promise<void>
}

const FIRST_RETRY_MS = 500
const LAST_RETRY_MS = 30_000

/** Calls `onChange` on every NOTIFY on `channel` and after every (re)connect, until stopped. */
export function listenForChanges(url: string, channel: string, onChange: () => void): ChangeListener {
  let client: pg.Client | null = null
  let listening = false
  let stopped = false
  let delay = FIRST_RETRY_MS
  let timer: NodeJS.Timeout | undefined

  const retry = () => {
    listening = false
    client = null
    if (stopped || timer) return
    timer = setTimeout(() => {
      timer = undefined
      void connect()
    }, delay)
    timer.unref()
    delay = Math.min(delay * 2, LAST_RETRY_MS)
  }

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000, keepAlive: true })
    client = c
    let failed = false
    const fail = () => {
      if (failed) return
      failed = true
      c.end().catch(() => {})
      if (client === c) retry()
    }
    c.on('error', fail)
    c.on('end', fail)
    c.on('notification', (message) => {
      if (message.channel === channel) onChange()
    })
    try {
      await c.connect()
      // Never keep a process alive just to listen (tests, scripts); a server stays up for its own reasons.
      ;(c as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      if (stopped) return void c.end().catch(() => {})
      listening = true
      delay = FIRST_RETRY_MS
      onChange()
    } catch {
      fail()
    }
  }

  void connect()
  return {
    connected: () => listening,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      listening = false
      await client?.end().catch(() => {})
    },
  }
}
