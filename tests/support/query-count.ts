// Every statement this process sends to PostgreSQL through `pg` while some work runs: Prisma's adapter, the rate
// limiter's pool and the listeners all go through pg.Client#query, so a count here is a count of round trips.
import pg from 'pg'

/** The text of each statement sent while `work` runs (in order), and what `work` returned. */
export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ statements: string[]; result: T }> {
  const statements: string[] = []
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = proto.query
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text
    statements.push((text ?? '').replace(/\s+/g, ' ').trim())
    return original.apply(this, args)
  }
  try {
    return { statements, result: await work() }
  } finally {
    proto.query = original
  }
}
