// The published programmes as the API lists them: names, host countries and version summaries (the whole
// programme, with every source, is at /api/v1/programmes/{id}).
import { versionInForce } from '@/lib/rules/history'
import type { AnyProgramme } from '@/lib/rules/programmes'
import { programmeVersionOn } from '@/lib/rules/programmes'

import type { ProgrammeList } from './programme-schemas'

/** Summaries of `programmes` with the version in force on `today`. */
export function programmeList(programmes: AnyProgramme[], today: string): ProgrammeList {
  return {
    programmes: programmes.map((p) => {
      const versions = p.engine === 'blocks' ? p.versions : p.history
      const inForce = p.engine === 'blocks' ? programmeVersionOn(p, today) : versionInForce(p.history, today)
      return {
        id: p.id,
        kind: p.kind,
        name: p.name,
        officialName: p.officialName,
        hostCountries: p.hostCountries,
        inForce: inForce.id,
        versions: versions.map((v) => ({ id: v.id, effectiveFrom: v.effectiveFrom, note: v.note })),
        href: `/api/v1/programmes/${p.id}`,
      }
    }),
  }
}
