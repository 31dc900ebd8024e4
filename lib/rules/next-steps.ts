// What to do next, as codes plus plain parameters; pages translate the codes (locales/<lng>/results.json).
import type { Answers } from './answers'
import type { Criterion, NextStep, Outcome } from './evaluation'
import type { HostRules, PeriodStatus } from './schema'

const identityDocuments = ['valid_passport', 'expired_passport', 'national_id'] as const

/** The next steps for an outcome, in the order a result page shows them. */
export function nextStepsFor(outcome: Outcome, criteria: Criterion[], rules: HostRules, answers: Answers): NextStep[] {
  const registration = byId(criteria, 'registration-open')
  const official: NextStep = {
    code: 'official-site',
    params: { url: rules.pages.official.url, title: rules.pages.official.title },
  }
  const help: NextStep = {
    code: 'unhcr-help',
    params: { url: rules.pages.unhcrHelp.url, title: rules.pages.unhcrHelp.title },
  }
  const free: NextStep = { code: 'free-of-charge' }
  if (outcome === 'registration_closed') {
    const since = registration?.ruleValue.closedSince
    const opens = registration?.ruleValue.opensOn
    const steps: NextStep[] = []
    if (typeof since === 'string') steps.push({ code: 'registration-closed', params: { since } })
    if (typeof since === 'string' && typeof opens === 'string')
      steps.push({ code: 'registration-reopens', params: { date: opens } })
    if (typeof since !== 'string')
      steps.push(
        typeof opens === 'string'
          ? { code: 'registration-not-yet-open', params: { date: opens } }
          : { code: 'registration-not-yet-open' },
      )
    return [...steps, help, official, free]
  }
  if (outcome === 'not_eligible') {
    const minor = byId(criteria, 'age')?.status === 'not_met' ? [{ code: 'register-with-adult' }] : []
    return [...minor, help, official, free]
  }
  const checks = criteria
    .filter((c) => c.status === 'unknown')
    .map((c) => ({ code: `confirm-${c.id}`, params: confirmParams(c) }))
  return [
    ...checks,
    ...howToApply(registration?.ruleValue.status as PeriodStatus, rules),
    documents(answers),
    official,
    free,
  ]
}

function byId(criteria: Criterion[], id: Criterion['id']): Criterion | undefined {
  for (const c of criteria) if (c.id === id) return c
  return undefined
}

function howToApply(status: PeriodStatus, rules: HostRules): NextStep[] {
  if (status === 'contact_only') return [{ code: 'wait-for-contact' }]
  const schedule = rules.schedule
  if (!schedule) return [{ code: 'apply-online' }]
  const params: Record<string, string | string[]> = {
    days: schedule.days,
    dailyQuota: schedule.dailyQuota ? 'yes' : 'no',
  }
  if (schedule.opensAt) params.time = schedule.opensAt
  if (schedule.timeZone) params.timeZone = schedule.timeZone
  return [{ code: 'apply-online' }, { code: 'opening-schedule', params }]
}

function documents(answers: Answers): NextStep {
  const have = answers.statuses.map((s) => s.code).filter((c) => (identityDocuments as readonly string[]).includes(c))
  return { code: 'documents-to-have-ready', params: { have } }
}

function confirmParams(c: Criterion): Record<string, string> {
  const date = c.ruleValue.onOrBefore ?? c.ruleValue.registeredOnOrBefore
  return typeof date === 'string' ? { date } : {}
}
