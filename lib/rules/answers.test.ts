import { describe, expect, it } from 'vitest'

import { answersSchema } from './answers'

const base = { hostCountry: 'CO', nationality: 'VE', statuses: [], adult: 'yes' }
const errors = (value: unknown) => answersSchema.safeParse(value).error?.issues.map((i) => i.message) ?? []

describe('answersSchema facts', () => {
  it('keeps answers without facts valid, as every answer given before programmes', () => {
    expect(errors(base)).toEqual([])
  })
  it('accepts yes / no / unsure for any kebab-case fact id, including ones no programme asks', () => {
    expect(
      errors({ ...base, facts: { 'family-in-canada': 'yes', 'criminal-record': 'no', 'made-up': 'unsure' } }),
    ).toEqual([])
  })
  it('rejects other answers, other ids and more than 64 facts, with codes', () => {
    expect(errors({ ...base, facts: { 'family-in-canada': 'maybe' } })).toEqual(['invalid_fact_answer'])
    expect(errors({ ...base, facts: { 'Not Kebab': 'yes' } })).toEqual(['invalid_facts'])
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`fact-${i}`, 'yes']))
    expect(errors({ ...base, facts: many })).toEqual(['invalid_facts'])
  })
})
