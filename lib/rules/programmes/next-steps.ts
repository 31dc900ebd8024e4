// What to do next for a programme, as codes plus plain parameters; pages translate the codes
// (locales/<lng>/programmes.json, "next-step").
import type { Outcome } from '../evaluation'
import type { Programme } from './programme'
import type { BlockResult, ProgrammeNextStep } from './results'
import type { ProgrammeVersion } from './schema'

/** The next steps for a programme's outcome, in the order a result page shows them. */
export function blocksNextSteps(
  programme: Programme,
  outcome: Outcome,
  criteria: BlockResult[],
  notes: ProgrammeVersion['notes'] = [],
): ProgrammeNextStep[] {
  const links: ProgrammeNextStep[] = programme.links.map((l) => ({
    code: 'programme-link',
    params: { url: l.source.url, title: l.source.title, purpose: l.purpose },
  }))
  const noted: ProgrammeNextStep[] = notes.map((n) => ({ code: 'programme-note', params: { note: n.id } }))
  if (outcome === 'registration_closed') return [...closure(criteria), ...noted, ...links]
  if (outcome === 'not_eligible') return [...noted, ...links]
  const checks = criteria.filter((c) => c.status === 'unknown').map(confirm)
  const how: ProgrammeNextStep = { code: programme.kind === 'referral-only' ? 'wait-for-referral' : 'apply' }
  return [...checks, how, ...noted, ...links]
}

function closure(criteria: BlockResult[]): ProgrammeNextStep[] {
  for (const c of criteria) {
    if (c.id !== 'registration' || c.status !== 'not_met') continue
    if (c.closedSince && c.opensOn)
      return [
        { code: 'registration-closed', params: { since: c.closedSince } },
        { code: 'registration-reopens', params: { date: c.opensOn } },
      ]
    if (c.closedSince) return [{ code: 'registration-closed', params: { since: c.closedSince } }]
    return [
      c.opensOn ? { code: 'registration-opens', params: { date: c.opensOn } } : { code: 'registration-not-yet-open' },
    ]
  }
  return []
}

function confirm(c: BlockResult): ProgrammeNextStep {
  if (c.id === 'fact') return { code: 'confirm-fact', params: { fact: c.rule.fact } }
  if (c.id === 'arrival')
    return c.rule.window.until
      ? { code: 'confirm-arrival', params: { date: c.rule.window.until } }
      : { code: 'confirm-arrival-any' }
  return { code: `confirm-${c.id}` }
}
