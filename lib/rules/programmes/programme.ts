// The whole programme, validated as one: sorted unique versions, facts defined before use, no sensitive
// condition asked, referral-only programmes saying who identifies cases.
import { z } from 'zod'

import type { Block, ProgrammePeriod } from './blocks'
import { factDefinitionSchema, programmeInfoSchema, type ProgrammeVersion, programmeVersionSchema } from './schema'
import { isSensitive } from './sensitive'

export const programmeSchema = programmeInfoSchema
  .extend({
    /** Evaluated from building blocks (the Safe Mobility programme wraps its own engine instead). */
    engine: z.literal('blocks'),
    facts: z.array(factDefinitionSchema),
    versions: z.array(programmeVersionSchema).min(1, 'empty_history'),
  })
  .superRefine((p, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path })
    if ((p.kind === 'referral-only') !== (p.identifiedBy !== undefined)) issue('identified_by_iff_referral', ['kind'])
    const defined = p.facts.map((f) => f.id)
    if (duplicate(defined)) issue('duplicate_fact', ['facts'])
    p.facts.forEach((f, i) => isSensitive(f.id) && issue('sensitive_fact_asked', ['facts', i, 'id']))
    p.versions.forEach((v, i) => {
      const prev = p.versions[i - 1]
      if (prev && prev.effectiveFrom >= v.effectiveFrom) issue('history_not_sorted', ['versions', i, 'effectiveFrom'])
      if (p.versions.findIndex((w) => w.id === v.id) !== i) issue('duplicate_version_id', ['versions', i, 'id'])
      if (duplicate((v.routes ?? []).map((r) => r.id))) issue('duplicate_route', ['versions', i, 'routes'])
      for (const block of allBlocks(v)) {
        if (block.id === 'fact' && !defined.includes(block.fact)) issue('undefined_fact', ['versions', i])
        if (block.id === 'registration' && overlapping(block.periods)) issue('overlapping_periods', ['versions', i])
      }
    })
  })
export type Programme = z.infer<typeof programmeSchema>

/** Every block of a version: its shared criteria, then each route's. */
export function allBlocks(version: ProgrammeVersion): Block[] {
  return [...version.criteria, ...(version.routes ?? []).flatMap((r) => r.criteria)]
}

function duplicate(values: string[]): boolean {
  return values.some((v, i) => values.indexOf(v) !== i)
}

/** Two periods for the same people cover one day. */
function overlapping(periods: ProgrammePeriod[]): boolean {
  const audience = (p: ProgrammePeriod) => JSON.stringify([p.nationalities?.toSorted(), p.statuses?.toSorted()])
  return periods.some((a, i) =>
    periods
      .slice(i + 1)
      .some(
        (b) =>
          audience(a) === audience(b) && a.from <= (b.until ?? '9999-12-31') && b.from <= (a.until ?? '9999-12-31'),
      ),
  )
}
