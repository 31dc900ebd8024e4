import { describe, expect, it } from 'vitest'

import { crCet2023 } from '@/lib/rules/data/programmes/cr-cet-2023'

import { candidateProgramme, metaOf, unverifiedProgrammeChanges, withProgrammeVersion } from './programme-candidate'

const fields = { id: '2099-01-01-admin-abc', effectiveFrom: '2099-01-01', note: 'Reopened' }
const last = crCet2023.versions.at(-1)!

describe('candidateProgramme', () => {
  it('validates the whole programme with the draft version added at its day', () => {
    const parsed = candidateProgramme('cr-cet-2023', crCet2023, { programme: metaOf(crCet2023), version: last }, fields)
    expect(parsed.success).toBe(true)
    expect(parsed.data!.versions.at(-1)).toMatchObject(fields)
    expect(parsed.data!.versions).toHaveLength(crCet2023.versions.length + 1)
  })

  it('names what is wrong: a fact used but never defined, a text that is not JSON', () => {
    const broken = { ...last, criteria: [{ ...last.criteria[0]!, id: 'fact', fact: 'nope', mustBe: 'yes' }] }
    const a = candidateProgramme('cr-cet-2023', crCet2023, { programme: metaOf(crCet2023), version: broken }, fields)
    expect(a.success).toBe(false)
    const b = candidateProgramme('x-new', null, { programme: metaOf(crCet2023), version: '{ not json' }, fields)
    expect(b.success).toBe(false)
    expect(b.error!.issues.map((i) => i.path.join('.'))).toContain('versions.0')
  })

  it('uses the id it is given, never one inside the document', () => {
    const meta = { ...metaOf(crCet2023), id: 'something-else' }
    const parsed = candidateProgramme('cr-cet-2024', null, { programme: meta, version: last }, fields)
    expect(parsed.data?.id).toBe('cr-cet-2024')
  })

  it('replaces a version of the same day', () => {
    const day = crCet2023.versions[0]!.effectiveFrom
    const next = withProgrammeVersion(crCet2023.versions, { ...last, effectiveFrom: day, id: 'x' })
    expect(next).toHaveLength(crCet2023.versions.length)
  })
})

describe('unverifiedProgrammeChanges', () => {
  it('lists changed sourced values whose verified-on day is not fresh, and nothing else', () => {
    const base = { version: last }
    const arrivalAt = last.criteria.findIndex((c) => c.id === 'nationality-any-of')
    const changed = structuredClone(last)
    const block = changed.criteria[arrivalAt]
    if (block?.id !== 'nationality-any-of') throw new Error('fixture')
    block.nationalities.push({ ...block.nationalities[0]!, code: 'HT' })
    const since = '2026-12-02'
    const paths = unverifiedProgrammeChanges(base, { version: changed }, since, '2026-12-03')
    expect(paths).toEqual([`version.criteria.${arrivalAt}.nationalities.${block.nationalities.length - 1}`])
    block.nationalities.at(-1)!.verifiedOn = '2026-12-02'
    expect(unverifiedProgrammeChanges(base, { version: changed }, since, '2026-12-03')).toEqual([])
    expect(unverifiedProgrammeChanges(base, { version: last }, since, '2026-12-03')).toEqual([])
  })
})
