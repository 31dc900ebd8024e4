import 'server-only'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { db } from '@/lib/db/prisma'
import { isUuid } from '@/lib/ids'
import { isCalendarDay } from '@/lib/rules/calendar-day'
import { type TestCase, testCaseFileSchema, testCaseSchema } from '@/lib/rules/check'
import { dayOf } from '@/lib/rules/dates'
import { programmeTestCaseFileSchema } from '@/lib/rules/programmes/check'

/** The shipped test vectors (lib/rules/vectors/*.json). */
export function shippedCases(): TestCase[] {
  const dir = path.join(process.cwd(), 'lib/rules/vectors')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => testCaseFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))))
}

/**
 * Test cases admins saved in the UI (of one programme when given), as test cases; rows that no longer validate
 * are skipped.
 */
export async function savedCases(
  programme?: string,
): Promise<(TestCase & { id: string; createdByEmail: string; programme: string })[]> {
  const rows = await db().adminTestCase.findMany({
    where: programme ? { programme } : {},
    orderBy: { createdAt: 'desc' },
  })
  return rows.flatMap((r) => {
    const parsed = testCaseSchema.safeParse({
      name: r.name,
      asOf: dayOf(r.asOf),
      answers: r.answers,
      expected: { outcome: r.expected },
    })
    return parsed.success
      ? [{ ...parsed.data, id: r.id, createdByEmail: r.createdByEmail, programme: r.programme }]
      : []
  })
}

/** Saves a test case (validated with the same schema as the shipped vectors). */
export async function saveCase(
  input: unknown,
  actor: Actor,
): Promise<{ ok: true } | { ok: false; issues: { path: string; code: string }[] }> {
  const parsed = programmeTestCaseFileSchema.element.safeParse(input)
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.message })) }
  const c = parsed.data
  if (!(await programmeKnown(c.programme)))
    return { ok: false, issues: [{ path: 'programme', code: 'invalid_programme' }] }
  // PostgreSQL refuses a day that is not on the calendar (2024-02-31): the form's error, not a 500.
  if (!isCalendarDay(c.asOf)) return { ok: false, issues: [{ path: 'asOf', code: 'invalid_date' }] }
  const row = await db().adminTestCase.create({
    data: {
      name: c.name,
      asOf: new Date(`${c.asOf}T00:00:00Z`),
      answers: c.answers as Prisma.InputJsonValue,
      expected: c.expected.outcome,
      programme: c.programme,
      createdByEmail: actor.email,
    },
  })
  await audit(actor, { action: 'test_case_saved', subject: row.id, after: c })
  return { ok: true }
}

/** Safe Mobility, a programme in the database, or one an open draft is creating (its cases come first). */
async function programmeKnown(id: string): Promise<boolean> {
  if (id === 'safe-mobility') return true
  const [row, draft] = await Promise.all([
    db().programme.findUnique({ where: { id }, select: { id: true } }),
    db().ruleDraft.findFirst({ where: { programme: id, status: { in: ['open', 'approved'] } }, select: { id: true } }),
  ])
  return Boolean(row ?? draft)
}

/** Deletes a saved test case. */
export async function deleteCase(id: string, actor: Actor): Promise<void> {
  const row = isUuid(id) ? await db().adminTestCase.findUnique({ where: { id } }) : null
  if (!row) return // already gone, or never a test case: nothing to delete
  await db().adminTestCase.deleteMany({ where: { id } })
  await audit(actor, { action: 'test_case_deleted', subject: id, before: { name: row.name, expected: row.expected } })
}
