// Creates a shelter and issues it an access code with the app's own functions, against $DATABASE_URL; prints
// {"shelterId","code"} (browser tests that start their own servers and database use it).
import { createShelter, issueAccessCode } from '@/lib/assisted/shelters'
import { db } from '@/lib/db/prisma'

const shelterId = await createShelter(`Test shelter ${Date.now()}`, 'Test organisation')
const code = await issueAccessCode(shelterId, 'test device')
console.log(JSON.stringify({ shelterId, code }))
await db().$disconnect()
