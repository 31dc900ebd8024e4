// `npm run admin:create -- --email someone@example.org --role editor [--lng es] [--base-url https://…]`
// Creates an admin account without a password and prints a one-time link to set it (valid 48 hours).
// With an account that exists already, prints a new link instead (e.g. a forgotten password).
import { parseArgs } from 'node:util'

import { createAccount, issueSetupToken, setupTokenHours } from '@/lib/auth/accounts'
import { isRole, roles } from '@/lib/auth/roles'
import { db } from '@/lib/db/prisma'
import { isLanguage } from '@/lib/i18n/settings'

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    lng: { type: 'string', default: 'es' },
    'base-url': { type: 'string' },
  },
})
const email = values.email?.trim().toLowerCase() ?? ''
if (!/^[^\s@]+@[^\s@]+$/.test(email) || !isRole(values.role) || !isLanguage(values.lng)) {
  console.error(
    `usage: npm run admin:create -- --email <email> --role <${roles.join('|')}> [--lng es|en|fr|ht] [--base-url URL]`,
  )
  process.exit(2)
}
const base = (
  values['base-url'] ??
  process.env.ADMIN_BASE_URL ??
  `http://localhost:${process.env.PORT ?? 3000}`
).replace(/\/$/, '')

const existing = await db().adminAccount.findUnique({ where: { email } })
let token: string
if (existing) {
  if (existing.role !== values.role)
    console.error(`note: ${email} exists with role ${existing.role}; role unchanged (change it on the accounts page)`)
  token = await issueSetupToken(existing.id)
} else {
  token = (await createAccount(email, values.role, null)).token
}
console.log(`Setup link for ${email} (one use, valid ${setupTokenHours} hours):`)
console.log(`${base}/${values.lng}/admin/setup?token=${token}`)
await db().$disconnect()
