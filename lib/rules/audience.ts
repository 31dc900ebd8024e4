// Who a registration period is for: everyone, some nationalities, some statuses, or both. The most specific
// period that applies to the person wins, so a period naming a nationality or a status overrides a general one.
import type { StatusAnswer } from './answers'
import { onOrBefore } from './dates'
import type { HostRules, Period, PeriodStatus } from './schema'

/** yes / no from the answers, or maybe where they cannot tell (no answer, "unsure", a month straddling the day). */
export type Held = 'yes' | 'no' | 'maybe'

/** Whether the answers say the person held one of `codes` on `day` (a status dated on or before it is held). */
export function holds(statuses: readonly StatusAnswer[], codes: readonly string[], day: string): Held {
  let held: Held = statuses.length === 0 || statuses.some((s) => s.code === 'unsure') ? 'maybe' : 'no'
  for (const s of statuses.filter((a) => codes.includes(a.code))) {
    const since = s.since === 'unsure' ? undefined : s.since
    const dated = since ? onOrBefore(since, day) : 'met'
    if (dated === 'met') return 'yes'
    if (dated === 'unknown') held = 'maybe'
  }
  return held
}

const specificity = (p: Period) => (p.nationalities ? 2 : 0) + (p.statuses ? 1 : 0)

function pick(covering: Period[], nationality: string, counts: (p: Period) => boolean): Period | undefined {
  return covering
    .filter((p) => (!p.nationalities || p.nationalities.includes(nationality)) && (!p.statuses || counts(p)))
    .sort((a, b) => specificity(b) - specificity(a))[0]
}

export interface Registration {
  status: PeriodStatus
  /** The period that decides the day for this person, if one does. */
  period?: Period
  /** Statuses a period of that day was limited to, where it decides differently for holders and others. */
  onlyFor?: readonly string[]
}

/** Registration on `day` for this person; unknown where the answers cannot tell whether a status-limited period applies. */
export function registrationFor(
  rules: HostRules,
  nationality: string,
  day: string,
  statuses: readonly StatusAnswer[] = [],
): Registration {
  const covering = rules.registrationPeriods.filter((p) => p.from <= day && (p.until === undefined || day <= p.until))
  const held = (p: Period) => holds(statuses, p.statuses ?? [], day)
  const chosen = pick(covering, nationality, (p) => held(p) === 'yes')
  const ifHeld = pick(covering, nationality, (p) => held(p) !== 'no')
  const forHolders = pick(covering, nationality, () => true)
  const status = chosen?.status ?? 'closed'
  const differs = (p: Period | undefined) => p?.statuses && p.status !== status
  const result: Registration = { status, period: chosen }
  if (differs(ifHeld)) return { status: 'unknown', period: ifHeld, onlyFor: ifHeld?.statuses }
  if (differs(forHolders)) result.onlyFor = forHolders?.statuses
  else if (chosen?.statuses) result.onlyFor = chosen.statuses
  return result
}
