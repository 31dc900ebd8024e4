import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { versionInForce } from '@/lib/rules/history'
import { programmeSchema } from '@/lib/rules/programmes/programme'
import { successorProgramme } from '@/tests/support/successor-programme'

import { replayProgramme } from './programme-replay'
import type { StoredOutcome } from './replay'

// 4 March 2024: Safe Mobility's Colombian cutoff for Venezuelans was 11 June 2023, like the successor's.
const day = '2024-03-04'
const row = (nationality: string, arrival: string): StoredOutcome => ({
  hostCountry: 'CO',
  nationality,
  arrival,
  statuses: [],
  adult: 'yes',
  rulesVersion: versionInForce(shippedHistory, day).id,
})

describe('impact replay of a programme', () => {
  const next = programmeSchema.parse(successorProgramme())

  it('counts a new programme as changed for those it opens to, the same for the others', () => {
    expect(replayProgramme(row('VE', 'on_or_before'), shippedHistory, null, next, day)).toBe('changed')
    expect(replayProgramme(row('VE', 'after'), shippedHistory, null, next, day)).toBe('same')
    expect(replayProgramme(row('CU', 'on_or_before'), shippedHistory, null, next, day)).toBe('same')
  })

  it('finds nothing changed when the draft equals the programme in force', () => {
    expect(replayProgramme(row('VE', 'on_or_before'), shippedHistory, next, next, day)).toBe('same')
  })

  it('says it cannot tell when the arrival bucket spans the window, or the version is unknown', () => {
    const unknownVersion = { ...row('VE', 'on_or_before'), rulesVersion: 'no-such-version' }
    expect(replayProgramme(unknownVersion, shippedHistory, null, next, day)).toBe('cannot_tell')
    expect(replayProgramme(row('VE', 'no_cutoff'), shippedHistory, null, next, day)).toBe('cannot_tell')
  })

  it('replays a fact it never stored as unsure', () => {
    const withFact = programmeSchema.parse(successorProgramme('smo-successor-co', true))
    // Before: no fact, likely eligible; with the fact unsure it needs more information.
    expect(replayProgramme(row('VE', 'on_or_before'), shippedHistory, next, withFact, day)).toBe('changed')
  })
})
