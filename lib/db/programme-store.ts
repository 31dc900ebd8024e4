import 'server-only'

import { dayOf } from '@/lib/rules/dates'
import { type Programme, programmeSchema } from '@/lib/rules/programmes/programme'

import { db } from './prisma'

type VersionRow = { id: string; effectiveFrom: Date; note: string; document: unknown; publishedAt: Date }
type ProgrammeRow = { id: string; document: unknown; versions: VersionRow[] }

/**
 * One programme from its rows, validated with the programme schema; zod's error when it does not validate.
 * Several versions taking effect on one day: the one published last wins that day (as for Safe Mobility).
 */
function programmeFromRows(row: ProgrammeRow) {
  const sorted = row.versions.toSorted(
    (a, b) =>
      a.effectiveFrom.getTime() - b.effectiveFrom.getTime() || a.publishedAt.getTime() - b.publishedAt.getTime(),
  )
  const kept = sorted.filter((v, i) => sorted[i + 1]?.effectiveFrom.getTime() !== v.effectiveFrom.getTime())
  // The columns are the truth for ids, dates and notes; the documents hold the rest.
  const versions = kept.map((v) => ({
    ...(v.document as Record<string, unknown>),
    id: v.id,
    effectiveFrom: dayOf(v.effectiveFrom),
    note: v.note,
  }))
  return programmeSchema.safeParse({ ...(row.document as object), id: row.id, engine: 'blocks', versions })
}

/** Every programme in the database (not Safe Mobility), in result-page order; ids of those that do not validate. */
export async function loadProgrammes(): Promise<{ programmes: Programme[]; invalid: string[] }> {
  const rows = await db().programme.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    include: { versions: true },
  })
  const programmes: Programme[] = []
  const invalid: string[] = []
  for (const row of rows) {
    const parsed = programmeFromRows(row)
    if (parsed.success) programmes.push(parsed.data)
    else invalid.push(row.id)
  }
  return { programmes, invalid }
}

/** One programme as the database holds it (validated), or null. */
export async function loadProgramme(id: string): Promise<Programme | null> {
  const row = await db().programme.findUnique({ where: { id }, include: { versions: true } })
  if (!row) return null
  const parsed = programmeFromRows(row)
  return parsed.success ? parsed.data : null
}

/** A programme's version rows, newest first (the admin list). */
export async function listProgrammeVersions(programmeId: string) {
  return db().programmeVersion.findMany({
    where: { programmeId },
    orderBy: [{ effectiveFrom: 'desc' }, { publishedAt: 'desc' }],
    select: { id: true, effectiveFrom: true, note: true, origin: true, publishedAt: true },
  })
}
