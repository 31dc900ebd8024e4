import 'server-only'

import { randomUUID } from 'node:crypto'

import { addDays, todayIso } from '@/lib/rules/dates'
import type { History } from '@/lib/rules/schema'

import type { DeviceOutcome } from './device-outcome'
import { idempotencyDigest } from './idempotency'
import { resultCodeFor } from './result-code'
import type { OutcomeRow } from './stored-columns'

/** How many days a device may hold an outcome before sending it; older ones are refused, not stored. */
const deviceOutcomeMaxAgeDays = 30

/**
 * The row to store for an outcome a device sent, or null when it cannot be one of ours: rules this server never
 * published, or a screening day in the future or older than deviceOutcomeMaxAgeDays. Channel 'offline' when it
 * was screened without a connection, else 'self' (the questionnaire in the browser is the public check).
 */
export function deviceOutcomeRow(outcome: DeviceOutcome, history: History, now = new Date()): OutcomeRow | null {
  const today = todayIso(now)
  // A device a day ahead of the offices' time zone is still today for us.
  if (outcome.screenedOn > addDays(today, 1) || outcome.screenedOn < addDays(today, -deviceOutcomeMaxAgeDays))
    return null
  if (!history.some((v) => v.id === outcome.rulesVersion)) return null
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
  }
}
