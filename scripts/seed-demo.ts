// `npm run db:seed:demo -- --outcomes 1000000 [--replace]`: adds realistic, anonymised DEMO outcomes for the
// statistics dashboard and its benchmark. Rows are generated inside PostgreSQL (INSERT … SELECT generate_series),
// in batches, so a million rows take about a minute. Demo rows look like real ones (nothing marks them), so use a
// throwaway database: `EMBEDDED_PG_DIR=.data/demo-pg npm run db:seed:demo -- --outcomes 1000000`. Never production.
import pg from 'pg'

import { shippedHistory } from '../lib/rules/data'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}
const total = Number(arg('outcomes', '100000'))
if (!Number.isInteger(total) || total < 1) {
  console.error('usage: npm run db:seed:demo -- --outcomes <count>')
  process.exit(2)
}
const BATCH = 100_000
const run = Date.now().toString(36)
// Result codes: distinct 8-symbol codes (lib/outcomes/result-code.ts alphabet), counting up from a random start.
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const codeStart = Math.floor(Math.random() * (30 ** 8 - total))
const resultCode = Array.from(
  { length: 8 },
  (_, k) => `substr('${alphabet}', (((${codeStart}::bigint + n) / ${30 ** k}::bigint) % 30)::int + 1, 1)`,
).join(' || ')
const met = (id: string, status = 'met') => `{"id":"${id}","status":"${status}"}`
const criteria = (...overrides: Array<[string, string]>) =>
  `'[${['registration-open', 'nationality', 'arrival-date', 'legal-status', 'age']
    .map((id) => met(id, overrides.find(([o]) => o === id)?.[1]))
    .join(',')}]'::jsonb`
// The rules version that decides an outcome is the one in effect on its "as of" date.
const versionCase =
  'CASE ' +
  [...shippedHistory]
    .reverse()
    .map((v) => `WHEN as_of >= DATE '${v.effectiveFrom}' THEN '${v.id}'`)
    .join(' ') +
  ` ELSE '${shippedHistory[0]!.id}' END`

// Shapes follow the programme (docs/sources.md): who was screened where, and when.
// Weighted picks use one random number per column; CASE thresholds are cumulative shares.
const SQL = `
WITH base AS (
  SELECT n, random() AS r_country, random() AS r_nat, random() AS r_out, random() AS r_loc, random() AS r_chan,
         random() AS r_adult, random() AS r_arr,
         DATE '2024-12-01' + floor(power(random(), 0.7) * (DATE '2026-11-24' - DATE '2024-12-01'))::int AS day
  FROM generate_series($1::int, $2::int) AS n
), dated AS (
  -- Most people ask about today; some ask whether they could have registered on an earlier date.
  SELECT *, CASE WHEN r_arr < 0.7 THEN day ELSE DATE '2023-06-12' + floor(random() * 587)::int END AS as_of FROM base
), shaped AS (
  SELECT *,
    CASE WHEN r_country < 0.45 THEN 'CO' WHEN r_country < 0.70 THEN 'EC' WHEN r_country < 0.90 THEN 'CR' ELSE 'GT' END AS country
  FROM dated
), people AS (
  SELECT *,
    CASE country
      WHEN 'CO' THEN CASE WHEN r_nat < 0.80 THEN 'VE' WHEN r_nat < 0.88 THEN 'HT' WHEN r_nat < 0.95 THEN 'CU' WHEN r_nat < 0.98 THEN 'CO' ELSE 'PE' END
      WHEN 'EC' THEN CASE WHEN r_nat < 0.60 THEN 'VE' WHEN r_nat < 0.80 THEN 'CO' WHEN r_nat < 0.88 THEN 'HT' WHEN r_nat < 0.95 THEN 'CU' WHEN r_nat < 0.999 THEN 'NI' ELSE 'EC' END
      WHEN 'CR' THEN CASE WHEN r_nat < 0.55 THEN 'NI' WHEN r_nat < 0.90 THEN 'VE' WHEN r_nat < 0.95 THEN 'EC' WHEN r_nat < 0.9995 THEN 'CO' ELSE 'HN' END
      ELSE CASE WHEN r_nat < 0.85 THEN 'GT' WHEN r_nat < 0.91 THEN 'HN' WHEN r_nat < 0.96 THEN 'SV' WHEN r_nat < 0.9997 THEN 'NI' ELSE 'MX' END
    END AS nat
  FROM shaped
)
INSERT INTO outcomes (id, idempotency_digest, result_code, screened_on, as_of, host_country, nationality, arrival,
                      statuses, adult, outcome, criteria, rules_version, locale, channel, shelter_id)
SELECT gen_random_uuid(), encode(sha256(convert_to('demo:' || $3 || ':' || n, 'UTF8')), 'hex'), ${resultCode}, day,
  as_of, country, nat,
  CASE WHEN r_arr < 0.55 THEN 'on_or_before' WHEN r_arr < 0.80 THEN 'after' WHEN r_arr < 0.90 THEN 'unknown'
       WHEN r_arr < 0.95 THEN 'straddles' ELSE 'not_asked' END,
  CASE country WHEN 'CO' THEN ARRAY['ppt'] WHEN 'CR' THEN ARRAY['asylum_seeker'] WHEN 'EC' THEN ARRAY['regularization_applied']
               ELSE ARRAY['national_id'] END,
  CASE WHEN r_adult < 0.92 THEN 'yes' WHEN r_adult < 0.96 THEN 'unsure' ELSE 'no' END,
  CASE WHEN as_of >= DATE '2025-01-20' OR r_out < 0.08 THEN 'registration_closed'
       WHEN r_out < 0.50 THEN 'likely_eligible' WHEN r_out < 0.85 THEN 'not_eligible' ELSE 'needs_more_information' END,
  CASE WHEN as_of >= DATE '2025-01-20' OR r_out < 0.08 THEN ${criteria(['registration-open', 'not_met'])}
       WHEN r_out < 0.50 THEN ${criteria()} WHEN r_out < 0.85 THEN ${criteria(['arrival-date', 'not_met'])}
       ELSE ${criteria(['legal-status', 'unknown'])} END,
  ${versionCase},
  CASE WHEN nat = 'HT' AND r_loc < 0.75 THEN 'ht' WHEN r_loc < 0.82 THEN 'es' WHEN r_loc < 0.93 THEN 'en' WHEN r_loc < 0.97 THEN 'ht'
       ELSE 'fr' END,
  CASE WHEN r_chan < 0.75 THEN 'self' WHEN r_chan < 0.97 THEN 'assisted' ELSE 'api' END,
  CASE WHEN r_chan >= 0.75 AND r_chan < 0.97 THEN 'shelter-' || lpad((1 + floor(r_nat * 40))::int::text, 2, '0') END
FROM people`

const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
await client.connect()
const started = performance.now()
for (let from = 1; from <= total; from += BATCH) {
  const to = Math.min(total, from + BATCH - 1)
  await client.query(SQL, [from, to, run])
  process.stdout.write(
    `${process.stdout.isTTY ? '\r' : '\n'}${to.toLocaleString('en')} / ${total.toLocaleString('en')} outcomes`,
  )
}
await client.query('ANALYZE outcomes')
await client.query('ANALYZE outcome_daily_counts')
console.log(`\ninserted ${total} demo outcomes in ${((performance.now() - started) / 1000).toFixed(1)} s`)
await client.end()
