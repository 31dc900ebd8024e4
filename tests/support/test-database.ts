// SQL against the browser tests' server database (scripts/with-db.mjs writes its URL to DB_URL_FILE).
import pg from 'pg'

import { databaseUrl } from './admin-helpers'

/** The rows of one query on the test server's database. */
export async function testSql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}
