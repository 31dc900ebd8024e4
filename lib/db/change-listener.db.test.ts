// The listener's connection drops when PostgreSQL restarts: it must come back by itself and count the gap as a
// change (a notification sent meanwhile is lost), then hear notifications again.
import { rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, expect, it } from 'vitest'

// @ts-expect-error plain ESM script without types
import { freePort, startEmbeddedDb, tempDir } from '@/scripts/embedded-db.mjs'

import { listenForChanges } from './change-listener'

type Server = { url: string; stop: () => Promise<void> }
const root: string = tempDir('smi-listener-test-')
let server: Server

afterAll(async () => {
  await server?.stop()
  rmSync(root, { recursive: true, force: true })
})

it('reconnects after the database restarts, counts that as a change, and hears notifications again', async () => {
  const port = await freePort()
  const start = (): Promise<Server> =>
    startEmbeddedDb({ dir: path.join(root, 'pg'), persistent: true, database: 'listener', port })
  server = await start()
  let changes = 0
  const listener = listenForChanges(server.url, 'rule_versions', () => (changes += 1))
  try {
    await expect.poll(() => listener.connected(), { timeout: 10_000 }).toBe(true)
    expect(changes).toBe(1) // connecting counts: whatever happened before is unknown
    await server.stop()
    await expect.poll(() => listener.connected(), { timeout: 10_000 }).toBe(false)
    server = await start()
    await expect.poll(() => listener.connected(), { timeout: 20_000 }).toBe(true)
    expect(changes).toBe(2)
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    await client.query(`NOTIFY rule_versions`)
    await client.end()
    await expect.poll(() => changes, { timeout: 2_000 }).toBe(3)
  } finally {
    await listener.stop()
  }
}, 90_000)
