import 'server-only'

import { randomUUID } from 'node:crypto'

import { addDays, todayIso } from '@/lib/rules/dates'
import { allBlocks, type AnyProgramme, isSensitive } from '@/lib/rules/programmes'

import type { DeviceOutcome, DeviceProgrammeRow } from './device-outcome'
import { idempotencyDigest } from './idempotency'
import { resultCodeFor } from './result-code'
import type { OutcomeProgrammeRow, OutcomeWithProgrammes } from './stored-columns'

/** How many days a device may hold an outcome before sending it; older ones are refused, not stored. */
const deviceOutcomeMaxAgeDays = 30

/**
 * The row to store for an outcome a device sent, or null when it cannot be one of ours: rules this server never
 * published, or a screening day in the future or older than deviceOutcomeMaxAgeDays. Channel 'offline' when it
 * was screened without a connection, else 'self' (the questionnaire in the browser is the public check). Also null
 * when a programme row is not one of ours (programmeRow): the outcome is stored whole or not at all.
 */
export function deviceOutcomeRow(
  outcome: DeviceOutcome,
  programmes: AnyProgramme[],
  now = new Date(),
): OutcomeWithProgrammes | null {
  const history = programmes.find((p) => p.engine === 'safe-mobility')?.history ?? []
  const today = todayIso(now)
  // A device a day ahead of the offices' time zone is still today for us.
  if (outcome.screenedOn > addDays(today, 1) || outcome.screenedOn < addDays(today, -deviceOutcomeMaxAgeDays))
    return null
  if (!history.some((v) => v.id === outcome.rulesVersion)) return null
  const rows = outcome.programmes.map((row) => programmeRow(row, programmes))
  if (rows.some((row) => row === null)) return null
  if (new Set(outcome.programmes.map((row) => row.programme)).size !== rows.length) return null
  // Device keys live apart from the questionnaire's and the API's.
  const digest = idempotencyDigest(`device:${outcome.key}`)
  return {
    id: randomUUID(),
    idempotency_digest: digest,
    result_code: resultCodeFor(digest),
    screened_on: outcome.screenedOn > today ? today : outcome.screenedOn,
    as_of: outcome.asOf,
    host_country: outcome.hostCountry,
    nationality: outcome.nationality,
    arrival: outcome.arrival,
    statuses: outcome.statuses,
    adult: outcome.adult,
    outcome: outcome.outcome,
    criteria: outcome.criteria,
    rules_version: outcome.rulesVersion,
    locale: outcome.locale,
    channel: outcome.offline ? 'offline' : 'self',
    shelter_id: null,
    api_client: null,
    programmes: rows.filter((row) => row !== null),
  }
}

/**
 * The outcome_programmes row for one programme row a device sent, or null unless it names a programme and version
 * this server screens with, criteria that version has (keyed as programme-rows.ts keys them) and answers only to
 * facts that version asks, never a sensitive condition.
 */
function programmeRow(row: DeviceProgrammeRow, programmes: AnyProgramme[]): OutcomeProgrammeRow | null {
  const programme = programmes.find((p) => p.id === row.programme)
  if (programme?.engine !== 'blocks') return null
  const version = programme.versions.find((v) => v.id === row.version)
  if (!version) return null
  const blocks = allBlocks(version)
  const facts = new Set(blocks.flatMap((b) => (b.id === 'fact' ? [b.fact] : [])))
  const criteria = new Set(['host-country', ...blocks.map((b) => (b.id === 'fact' ? `fact:${b.fact}` : b.id))])
  if (!row.criteria.every((c) => criteria.has(c.id))) return null
  if (!Object.keys(row.facts).every((id) => facts.has(id) && !isSensitive(id))) return null
  return {
    programme: row.programme,
    programme_version: row.version,
    outcome: row.outcome,
    criteria: row.criteria,
    facts: row.facts,
  }
}
