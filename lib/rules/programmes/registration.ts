// Whether a programme took applications on a day for this person, and since when it has been closed. Periods can
// be limited to nationalities and to statuses; the most specific period covering the day wins.
import type { Answers } from '../answers'
import { addDays } from '../dates'
import type { BlockOf, ProgrammePeriod, ProgrammePeriodStatus } from './blocks'
import { allBlocks, type Programme } from './programme'
import type { RegistrationResult } from './results'
import type { ProgrammeVersion } from './schema'

/** The version in force on `asOf` (latest effectiveFrom on or before it); before the first, the first. */
export function programmeVersionOn(programme: Programme, asOf: string): ProgrammeVersion {
  let chosen = programme.versions[0]
  for (const version of programme.versions) if (version.effectiveFrom <= asOf) chosen = version
  if (!chosen) throw new Error('empty programme history')
  return chosen
}

/** The period covering `day` for this person: one naming their nationality or status wins over a general one. */
function programmePeriodOn(block: BlockOf<'registration'>, answers: Answers, day: string): ProgrammePeriod | undefined {
  const held = answers.statuses.map((s) => s.code)
  const fits = (p: ProgrammePeriod) =>
    (!p.nationalities || p.nationalities.includes(answers.nationality)) &&
    (!p.statuses || p.statuses.some((s) => held.includes(s)))
  const specificity = (p: ProgrammePeriod) => (p.nationalities ? 1 : 0) + (p.statuses ? 1 : 0)
  return block.periods
    .filter((p) => p.from <= day && (p.until === undefined || day <= p.until) && fits(p))
    .sort((a, b) => specificity(b) - specificity(a))[0]
}

/** Registration status for one route (or the shared criteria) on `day`, under the version in force that day. */
function statusOn(
  programme: Programme,
  route: string | undefined,
  answers: Answers,
  day: string,
): ProgrammePeriodStatus {
  const version = programmeVersionOn(programme, day)
  if (route !== undefined && version.routes && !version.routes.some((r) => r.id === route)) return 'closed'
  const blocks = [...version.criteria, ...(version.routes?.find((r) => r.id === route)?.criteria ?? [])]
  const statuses = blocks
    .filter((b) => b.id === 'registration')
    .map((b) => programmePeriodOn(b, answers, day)?.status ?? 'closed')
  return statuses.includes('closed') ? 'closed' : statuses.includes('unknown') ? 'unknown' : (statuses[0] ?? 'open')
}

/** First day of the closed stretch that includes `asOf`, or undefined if open that day or never opened before. */
function closedSince(
  programme: Programme,
  route: string | undefined,
  answers: Answers,
  asOf: string,
): string | undefined {
  // The status can only change on these days, so walking back over them finds where the stretch began.
  const changes = new Set<string>(programme.versions.map((v) => v.effectiveFrom))
  for (const version of programme.versions)
    for (const block of allBlocks(version))
      if (block.id === 'registration')
        for (const p of block.periods) {
          changes.add(p.from)
          if (p.until) changes.add(addDays(p.until, 1))
        }
  const earlier = [...changes]
    .filter((d) => d <= asOf)
    .sort()
    .reverse()
  let start: string | undefined
  for (const day of earlier) {
    if (statusOn(programme, route, answers, day) !== 'closed') return start ?? asOf
    if (statusOn(programme, route, answers, addDays(day, -1)) !== 'closed') return day
    start = day
  }
  return undefined
}

// Registration depends only on the day, the route, the nationality and the status codes, and finding since when
// it has been closed walks the history: the questionnaire evaluates a programme many times to judge which questions
// matter, so each block keeps its last results.
const remembered = new WeakMap<Programme, WeakMap<BlockOf<'registration'>, Map<string, RegistrationResult>>>()

/** Registration on `asOf`: open or referral-only is met, closed is not met, unknown is unknown. */
export function registrationResult(
  programme: Programme,
  route: string | undefined,
  block: BlockOf<'registration'>,
  answers: Answers,
  asOf: string,
): RegistrationResult {
  let blocks = remembered.get(programme)
  if (!blocks) remembered.set(programme, (blocks = new WeakMap()))
  let results = blocks.get(block)
  if (!results) blocks.set(block, (results = new Map()))
  const codes = [...new Set(answers.statuses.map((s) => s.code))].sort().join(',')
  const key = `${route ?? ''}|${answers.nationality}|${codes}|${asOf}`
  const known = results.get(key)
  if (known) return known
  if (results.size >= 256) results.clear()
  const result = computeRegistration(programme, route, block, answers, asOf)
  results.set(key, result)
  return result
}

function computeRegistration(
  programme: Programme,
  route: string | undefined,
  block: BlockOf<'registration'>,
  answers: Answers,
  asOf: string,
): RegistrationResult {
  const period = programmePeriodOn(block, answers, asOf)
  const periodStatus = period?.status ?? 'closed'
  const status = periodStatus === 'closed' ? 'not_met' : periodStatus === 'unknown' ? 'unknown' : 'met'
  const result: RegistrationResult = { id: 'registration', status, rule: block, periodStatus }
  if (period) result.period = period
  if (periodStatus === 'closed') {
    const since = closedSince(programme, route, answers, asOf)
    if (since) result.closedSince = since
    const opens = block.periods
      .filter((p) => p.from > asOf && (p.status === 'open' || p.status === 'referral_only'))
      .filter((p) => programmePeriodOn(block, answers, p.from) === p)
      .map((p) => p.from)
      .sort()[0]
    if (opens) result.opensOn = opens
  }
  return result
}
