import 'server-only'

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { db } from '@/lib/db/prisma'
import { dayOf } from '@/lib/rules/dates'
import { checkProgrammeCase, programmeTestCaseFileSchema } from '@/lib/rules/programmes/check'
import { evaluateProgramme } from '@/lib/rules/programmes/evaluate'
import type { Programme } from '@/lib/rules/programmes/programme'

type ProgrammeCase = ReturnType<typeof programmeTestCaseFileSchema.parse>[number]
export type SourcedCase = ProgrammeCase & { source: 'shipped' | 'saved' }

/** A programme's shipped vectors (lib/rules/vectors/programmes/<id>.json); none for a programme made in the admin area. */
function shippedProgrammeCases(programmeId: string): ProgrammeCase[] {
  const file = path.join(process.cwd(), 'lib/rules/vectors/programmes', `${path.basename(programmeId)}.json`)
  if (!existsSync(file)) return []
  return programmeTestCaseFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** Test cases admins saved for this programme (rows that no longer validate are skipped). */
async function savedProgrammeCases(programmeId: string): Promise<ProgrammeCase[]> {
  const rows = await db().adminTestCase.findMany({ where: { programme: programmeId }, orderBy: { createdAt: 'desc' } })
  return rows.flatMap((r) => {
    const parsed = programmeTestCaseFileSchema.element.safeParse({
      name: r.name,
      programme: programmeId,
      asOf: dayOf(r.asOf),
      answers: r.answers,
      expected: { outcome: r.expected },
    })
    return parsed.success ? [parsed.data] : []
  })
}

/** Its vectors and saved cases, each marked with where it comes from. */
export async function programmeCases(programmeId: string): Promise<SourcedCase[]> {
  return [
    ...shippedProgrammeCases(programmeId).map((c) => ({ ...c, source: 'shipped' as const })),
    ...(await savedProgrammeCases(programmeId)).map((c) => ({ ...c, source: 'saved' as const })),
  ]
}

export interface ProgrammeCaseComparison {
  name: string
  source: 'shipped' | 'saved'
  /** Outcome on the draft's day before (null: the programme does not exist yet) and with the draft. */
  before: string | null
  after: string
  /** Set when the case's own expectation (on its own day) fails with the draft published. */
  failure?: string
}

/** Each case on `day` before and after, plus its own expectation against the programme with the draft. */
export function compareProgrammeCases(
  current: Programme | null,
  next: Programme,
  cases: SourcedCase[],
  day: string,
): ProgrammeCaseComparison[] {
  return cases.map((c) => ({
    name: c.name,
    source: c.source,
    before: current ? evaluateProgramme(current, c.answers, day).outcome : null,
    after: evaluateProgramme(next, c.answers, day).outcome,
    failure: checkProgrammeCase(next, c),
  }))
}
