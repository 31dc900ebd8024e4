// Which windows the impact replay may cover: whole calendar months that have ended (Bogotá time), the last 12.
// Disjoint and closed, so no two windows differ by a few days of outcomes. Pure.
import { todayIso } from '@/lib/rules/dates'

/** A whole calendar month: `from` its first day, `until` the first day of the next (YYYY-MM-DD). */
export interface ImpactMonth {
  month: string
  from: string
  until: string
}

function monthOf(year: number, monthIndex: number): ImpactMonth {
  const first = new Date(Date.UTC(year, monthIndex, 1))
  const next = new Date(Date.UTC(year, monthIndex + 1, 1))
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  return { month: iso(first).slice(0, 7), from: iso(first), until: iso(next) }
}

/** The last 12 closed months, newest first. */
export function impactMonths(today = todayIso()): ImpactMonth[] {
  const [y, m] = today.split('-').map(Number) as [number, number]
  return Array.from({ length: 12 }, (_, k) => monthOf(y, m - 2 - k))
}

/** The month asked for (YYYY-MM) when it is one of impactMonths, otherwise the last closed month. */
export function impactMonth(asked: string | undefined, today = todayIso()): ImpactMonth {
  const months = impactMonths(today)
  return months.find((m) => m.month === asked) ?? months[0]!
}
