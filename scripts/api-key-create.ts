// `npm run api-key:create -- --client "NGO name"`: makes an API key for POST /api/v1/screenings and prints it
// once (only its SHA-256 is stored). Revoke it on the admin area's API keys page.
import { parseArgs } from 'node:util'

import { createApiKey, isClientName } from '@/lib/api/api-keys'
import { db } from '@/lib/db/prisma'

const { values } = parseArgs({ options: { client: { type: 'string' } } })
const client = values.client?.trim() ?? ''
if (!isClientName(client)) {
  console.error('usage: npm run api-key:create -- --client <name: 1–60 letters, digits, spaces, . _ ->')
  process.exit(2)
}
const { key } = await createApiKey(client, null)
console.log(`API key for ${client} (shown once; send it as Authorization: Bearer <key>):`)
console.log(key)
await db().$disconnect()
