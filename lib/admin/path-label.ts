// Names for a draft's field paths ("CO.nationalities.2.arrivalCutoff.verifiedOn"), so an error summary can say
// "Colombia · Arrival cutoff for Venezuela · Verified on" rather than the path and code.
import { type ItemKind, itemsOf } from './items'

export interface PathLabel {
  /** Host country code, when the path starts with one. */
  country?: string
  /** The editable item the path falls in, with its number and code (nationality or status) when it has one. */
  item?: { kind: ItemKind; n: number; code?: string }
  /** The field inside the item ("verifiedOn", "source.url"), when the path names one. */
  field?: string
}

/** The parts of a draft path, found against the draft document ({ countries: { CO: rules, … } }). */
export function describePath(document: unknown, path: string): PathLabel {
  const [country, ...rest] = path.split('.')
  const countries = (document as { countries?: Record<string, unknown> } | null)?.countries ?? {}
  const rules = country ? countries[country] : undefined
  if (!country || rules === undefined) return {}
  const inner = rest.join('.')
  const item = itemsOf(rules)
    .filter((i) => inner === i.path || inner.startsWith(`${i.path}.`))
    .sort((a, b) => b.path.length - a.path.length)[0]
  if (!item) return { country }
  const n = Number(item.path.split('.').find((p) => /^\d+$/.test(p)) ?? 0) + 1
  const owner = item.kind === 'cutoff' ? getNationality(rules, item.path) : item.value.code
  const field = inner.slice(item.path.length + 1) || undefined
  return { country, item: { kind: item.kind, n, code: typeof owner === 'string' ? owner : undefined }, field }
}

function getNationality(rules: unknown, cutoffPath: string): unknown {
  const index = Number(cutoffPath.split('.')[1])
  return (rules as { nationalities?: { code?: unknown }[] }).nationalities?.[index]?.code
}
