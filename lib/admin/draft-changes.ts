// What an approver needs to see before publishing: each rule value the draft changes, old → new, with the
// source the editor gave for the new value.
import type { RuleSet } from '@/lib/rules/schema'

import { changes } from './diff'
import { getPath, itemsOf } from './items'

export interface DraftChange {
  /** "<country>.<item path>.<field>", e.g. "CO.nationalities.2.arrivalCutoff.onOrBefore". */
  path: string
  before: unknown
  after: unknown
  /** The source of the item holding the new value (absent when the item was removed). */
  source?: { url?: unknown; title?: unknown }
  verifiedOn?: unknown
}

const provenance = /(^|\.)(source(\..+)?|verifiedOn|reason)$/

/** The changed values (not their sources) of `document` compared with `base`, country by country. */
export function draftChanges(base: RuleSet, document: unknown): DraftChange[] {
  const countries = (document as { countries?: Record<string, unknown> } | null)?.countries ?? {}
  return Object.entries(base.countries).flatMap(([country, before]) => {
    const after = countries[country]
    const items = itemsOf(after).sort((a, b) => b.path.length - a.path.length)
    return changes(before, after)
      .filter((c) => !provenance.test(c.path))
      .map((c) => {
        const item = items.find((i) => c.path === i.path || c.path.startsWith(`${i.path}.`))
        const holder = item ? getPath(after, item.path) : undefined
        const source = holder ? (getPath(holder, 'source') as DraftChange['source']) : undefined
        return {
          path: `${country}.${c.path}`,
          before: c.before,
          after: c.after,
          source,
          verifiedOn: holder ? getPath(holder, 'verifiedOn') : undefined,
        }
      })
  })
}
