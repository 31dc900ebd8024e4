// The impact table of a draft review, published like the statistics (docs/decisions/0008): rows are host
// country × nationality, cells are the outcomes the draft would change, leave unchanged, or cannot replay. No
// cell or total of 1–4 is shown, and secondary suppression hides what could give one away. Pure.
import { marginStatus, type ShownCell, suppressTable } from '@/lib/stats/suppress'

/** True counts of one row (host country × nationality). */
export interface ImpactCounts {
  hostCountry: string
  nationality: string
  changed: number
  unchanged: number
  cannotTell: number
}

/** One row as shown: every count through suppression, the row's total too. */
export interface ShownImpactRow {
  hostCountry: string
  nationality: string
  total: ShownCell
  changed: ShownCell
  unchanged: ShownCell
  cannotTell: ShownCell
}

/** The columns of the table, in order (the values matrix that suppression and the audit see). */
export const impactColumns = ['changed', 'unchanged', 'cannotTell'] as const

/** The values matrix of the rows, ordered by key (never by size: sizes would hint at hidden cells). */
export function impactMatrix(rows: ImpactCounts[]): { keys: ImpactCounts[]; values: number[][] } {
  const keys = [...rows].sort(
    (a, b) => a.hostCountry.localeCompare(b.hostCountry) || a.nationality.localeCompare(b.nationality),
  )
  return { keys, values: keys.map((r) => impactColumns.map((c) => r[c])) }
}

/** The rows as published. */
export function suppressImpact(rows: ImpactCounts[]): ShownImpactRow[] {
  const { keys, values } = impactMatrix(rows)
  const table = suppressTable(values)
  const margins = marginStatus(values)
  return keys.map((r, i) => {
    const total = values[i]!.reduce((a, b) => a + b, 0)
    const m = margins.rows[i]
    const [changed, unchanged, cannotTell] = table.cells[i]!
    return {
      hostCountry: r.hostCountry,
      nationality: r.nationality,
      total:
        m === 'primary' ? { kind: 'small' } : m === 'secondary' ? { kind: 'hidden' } : { kind: 'count', value: total },
      changed: changed!,
      unchanged: unchanged!,
      cannotTell: cannotTell!,
    }
  })
}
