// The whitelist: the only columns an outcome has, and how each is derived from (evaluation, answers, meta).
// The same holds for each programme's row in `outcome_programmes` (programme-rows.ts derives it).
// Anything not listed here is never stored (docs/decisions/0005-outcome-storage.md). stored-columns.db.test.ts
// compares this list to the real table, so a new column cannot appear without changing this file.
import { randomUUID } from 'node:crypto'

import type { Language } from '@/lib/i18n/settings'
import type { Answers } from '@/lib/rules/answers'
import { isoWeekMonday, todayIso } from '@/lib/rules/dates'
import type { Evaluation } from '@/lib/rules/evaluation'

import type { ArrivalBucket } from './arrival-bucket'
import { codedScreening } from './coded-screening'
import { idempotencyDigest } from './idempotency'
import type { OutcomeProgrammeRow } from './programme-rows'

/** 'offline': screened on the device without a connection, sent when one came back (lib/outcomes/device-outcome.ts). */
export const channels = ['self', 'assisted', 'api', 'offline'] as const
export type Channel = (typeof channels)[number]

/** One row of `outcomes`, keyed by column name. */
export interface OutcomeRow {
  id: string
  idempotency_digest: string
  result_code: string
  screened_on: string
  as_of: string
  host_country: string
  nationality: string
  arrival: ArrivalBucket
  statuses: string[]
  adult: Answers['adult']
  outcome: Evaluation['outcome']
  criteria: { id: string; status: string }[]
  rules_version: string
  locale: Language
  channel: Channel
  shelter_id: string | null
  api_client: string | null
}

/** Every stored column, in table order. */
export const outcomeColumns = [
  'id',
  'idempotency_digest',
  'result_code',
  'screened_on',
  'as_of',
  'host_country',
  'nationality',
  'arrival',
  'statuses',
  'adult',
  'outcome',
  'criteria',
  'rules_version',
  'locale',
  'channel',
  'shelter_id',
  'api_client',
] as const satisfies readonly (keyof OutcomeRow)[]

export type { OutcomeProgrammeRow }

/** Every stored column of `outcome_programmes`, in table order. */
export const outcomeProgrammeColumns = [
  'outcome_id',
  'programme',
  'programme_version',
  'outcome',
  'criteria',
  'facts',
] as const satisfies readonly (keyof OutcomeProgrammeRow | 'outcome_id')[]

/** What one screening stores: its `outcomes` row and its programmes' rows (absent in outbox files from before). */
export type OutcomeWithProgrammes = OutcomeRow & { programmes?: OutcomeProgrammeRow[] }

export interface OutcomeMeta {
  locale: Language
  channel: Channel
  shelterId?: string
  /** The API key's client (channel api only). */
  apiClient?: string
  idempotencyKey: string
  resultCode: string
  now: Date
}

/** The anonymised row for one screening: codes and buckets only, the day without a time. */
export function toOutcomeRow(evaluation: Evaluation, answers: Answers, meta: OutcomeMeta): OutcomeRow {
  const coded = codedScreening(evaluation, answers)
  return {
    id: randomUUID(),
    idempotency_digest: idempotencyDigest(meta.idempotencyKey),
    result_code: meta.resultCode,
    // The day where the offices are (lib/rules/dates.ts), never a time; assisted mode keeps only the Monday of the ISO
    // week, since at a small shelter the day with the other columns could single a person out.
    screened_on: meta.channel === 'assisted' ? isoWeekMonday(todayIso(meta.now)) : todayIso(meta.now),
    as_of: coded.asOf,
    host_country: evaluation.hostCountry,
    nationality: answers.nationality,
    arrival: coded.arrival,
    statuses: coded.statuses,
    adult: answers.adult,
    outcome: evaluation.outcome,
    criteria: coded.criteria,
    rules_version: evaluation.rulesVersion,
    locale: meta.locale,
    channel: meta.channel,
    shelter_id: meta.channel === 'assisted' ? (meta.shelterId ?? null) : null,
    api_client: meta.channel === 'api' ? (meta.apiClient ?? null) : null,
  }
}
