// The editable items of a host country's rules: every object that carries its own source and "verified on" date.
// Forms, the verification check and the audit diff all walk the rules through this one list.
import { acceptedStatusCodes } from '@/lib/rules/answers'
import { periodStatuses } from '@/lib/rules/schema'

type FieldType =
  'date' | 'optional-date' | 'text' | 'optional-text' | 'bool' | 'int' | 'codes' | 'status-codes' | 'enum'
export interface FieldSpec {
  key: string
  type: FieldType
  options?: readonly string[]
}
export type ItemKind = 'period' | 'nationality' | 'cutoff' | 'legal-status' | 'status' | 'age'
export interface Item {
  path: string
  kind: ItemKind
  value: Record<string, unknown>
}

/** The value fields of each kind of item (provenance fields come on top, see provenanceFields). */
export const fieldsOf: Record<ItemKind, FieldSpec[]> = {
  period: [
    { key: 'status', type: 'enum', options: periodStatuses },
    { key: 'from', type: 'date' },
    { key: 'until', type: 'optional-date' },
    { key: 'nationalities', type: 'codes' },
    { key: 'statuses', type: 'status-codes', options: acceptedStatusCodes },
  ],
  nationality: [
    { key: 'code', type: 'text' },
    { key: 'uncertain', type: 'bool' },
  ],
  cutoff: [
    { key: 'onOrBefore', type: 'date' },
    { key: 'dayUncertain', type: 'bool' },
    { key: 'uncertainAfter', type: 'optional-date' },
  ],
  'legal-status': [{ key: 'otherwise', type: 'enum', options: ['not_met', 'unknown'] }],
  status: [
    { key: 'code', type: 'enum', options: acceptedStatusCodes },
    { key: 'registeredOnOrBefore', type: 'optional-date' },
    { key: 'dayUncertain', type: 'bool' },
    { key: 'laterUnknown', type: 'bool' },
    { key: 'uncertain', type: 'bool' },
    { key: 'nationalities', type: 'codes' },
  ],
  age: [{ key: 'years', type: 'int' }],
}

/** Where each value comes from: the same four fields on every item. */
export const provenanceFields: FieldSpec[] = [
  { key: 'source.url', type: 'text' },
  { key: 'source.title', type: 'text' },
  { key: 'verifiedOn', type: 'date' },
  { key: 'reason', type: 'optional-text' },
]

const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** Every editable item of one host country's rules, in page order, with its dotted path. */
export function itemsOf(rules: unknown): Item[] {
  const r = record(rules) ?? {}
  const items: Item[] = []
  const push = (path: string, kind: ItemKind, v: unknown) => {
    const value = record(v)
    if (value) items.push({ path, kind, value })
  }
  list(r.registrationPeriods).forEach((p, i) => push(`registrationPeriods.${i}`, 'period', p))
  list(r.nationalities).forEach((n, i) => {
    push(`nationalities.${i}`, 'nationality', n)
    push(`nationalities.${i}.arrivalCutoff`, 'cutoff', record(n)?.arrivalCutoff)
  })
  push('legalStatus', 'legal-status', r.legalStatus)
  list(record(r.legalStatus)?.anyOf).forEach((s, i) => push(`legalStatus.anyOf.${i}`, 'status', s))
  push('minimumAge', 'age', r.minimumAge)
  return items
}

/** The value at a dotted path ("source.url", "nationalities.2.code"). */
export function getPath(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      root,
    )
}

/** The items a draft form shows: like itemsOf, plus an empty cutoff for each nationality without one. */
export function formItems(rules: unknown): Item[] {
  const copy = structuredClone(rules) as { nationalities?: Record<string, unknown>[] }
  for (const n of copy.nationalities ?? []) n.arrivalCutoff ??= { source: { url: '', title: '' } }
  return itemsOf(copy)
}
