// A programme draft as it would publish: its document ({ programme, version }) merged into the programme's
// history and validated as a whole with the programme schema, plus the values changed without a fresh check.
// Pure (no database), so the same code checks a draft on the page and on publication.
import { z } from 'zod'

import { type Programme, programmeSchema } from '@/lib/rules/programmes/programme'
import { factDefinitionSchema, programmeInfoSchema, type ProgrammeVersion } from '@/lib/rules/programmes/schema'

import { canonicalJson } from './draft-hash'

/** A programme's metadata and facts: everything of it but its versions. */
export const programmeMetaSchema = programmeInfoSchema.extend({ facts: z.array(factDefinitionSchema) })
export type ProgrammeMeta = z.infer<typeof programmeMetaSchema>

/** What a programme draft holds: the programme's metadata and the one version it would add. */
export interface ProgrammeDraftDocument {
  programme: unknown
  version: unknown
}

/** The metadata of a programme (what its row's document holds): zod drops its engine and versions. */
export function metaOf(p: Programme): ProgrammeMeta {
  return programmeMetaSchema.parse(p)
}

/** The document as a record, whatever was stored (a stored document is JSON, not necessarily this shape). */
export function draftParts(document: unknown): ProgrammeDraftDocument {
  const d = document && typeof document === 'object' ? (document as Record<string, unknown>) : {}
  return { programme: d.programme, version: d.version }
}

/** Versions with `version` published: it replaces any version of its day, and the list stays sorted. */
export function withProgrammeVersion(versions: ProgrammeVersion[], version: unknown): unknown[] {
  const day = (version as { effectiveFrom?: unknown } | null)?.effectiveFrom
  return [...versions.filter((v) => v.effectiveFrom !== day), version].sort((a, b) =>
    String((a as ProgrammeVersion).effectiveFrom).localeCompare(String((b as ProgrammeVersion).effectiveFrom)),
  )
}

/**
 * The whole programme as it would be with the draft published under `fields` (its version's id, day and
 * note): the programme, or zod's issues. `programmeId` wins over any id inside the document.
 */
export function candidateProgramme(
  programmeId: string,
  current: Programme | null,
  document: unknown,
  fields: { id: string; effectiveFrom: string; note: string },
) {
  const { programme, version } = draftParts(document)
  // A version that is not an object (a text that was not JSON) stays as it is, so zod names it.
  const isObject = version !== null && typeof version === 'object' && !Array.isArray(version)
  const next = isObject ? { ...version, ...fields } : version
  return programmeSchema.safeParse({
    ...(programme as object),
    id: programmeId,
    engine: 'blocks',
    versions: withProgrammeVersion(current?.versions ?? [], next),
  })
}

/** Every object carrying a `verifiedOn` (a sourced value), by its JSON path. */
function sourcedValues(value: unknown, path = ''): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>()
  if (Array.isArray(value)) value.forEach((v, i) => sourcedValues(v, `${path}.${i}`).forEach((o, p) => found.set(p, o)))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('verifiedOn' in o) found.set(path.slice(1), o)
    for (const [k, v] of Object.entries(o)) sourcedValues(v, `${path}.${k}`).forEach((x, p) => found.set(p, x))
  }
  return found
}

/**
 * Paths of sourced values that are new or changed from `base` (the version the draft started from, and the
 * programme's metadata) whose verified-on day is not between the draft's start and today.
 */
export function unverifiedProgrammeChanges(base: unknown, draft: unknown, since: string, today: string): string[] {
  const before = sourcedValues(base)
  return [...sourcedValues(draft)].flatMap(([path, value]) => {
    if (canonicalJson(before.get(path)) === canonicalJson(value)) return []
    const day = String(value.verifiedOn ?? '')
    return day < since || day > today ? [path] : []
  })
}
