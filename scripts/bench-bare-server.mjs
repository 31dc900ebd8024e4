// The baseline for `npm run bench:screenings`: the least a screening endpoint can do — node:http, JSON.parse,
// one pg INSERT of an outcome-shaped row — with no framework, validation, rules or outbox. Port: argv[2].
import { createHash, randomInt } from 'node:crypto'
import http from 'node:http'

import pg from 'pg'

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
})
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const code = () => Array.from({ length: 8 }, () => alphabet[randomInt(30)]).join('')

const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', async () => {
    try {
      const { answers } = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      const digest = createHash('sha256').update(String(req.headers['idempotency-key'])).digest('hex')
      const resultCode = code()
      await pool.query(
        `INSERT INTO outcomes (id, idempotency_digest, result_code, screened_on, as_of, host_country, nationality, arrival,
           statuses, adult, outcome, criteria, rules_version, locale, channel)
         VALUES (gen_random_uuid(), $1, $2, CURRENT_DATE, CURRENT_DATE, $3, $4, 'unknown', $5, $6, 'not_eligible', '[]',
           'bare-baseline', 'es', 'api') ON CONFLICT DO NOTHING`,
        [
          digest,
          resultCode,
          answers.hostCountry,
          answers.nationality,
          answers.statuses.map((s) => s.code),
          answers.adult,
        ],
      )
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ resultCode }))
    } catch (error) {
      res.writeHead(500).end(String(error))
    }
  })
})
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.error('[bare] listening'))
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))))
