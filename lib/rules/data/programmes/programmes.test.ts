import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { allBlocks, factsThatMatter, programmeSchema, programmeTestCaseFileSchema } from '../../programmes'
import { shippedProgramme, shippedProgrammes } from '.'

const vectorsDir = path.resolve('lib/rules/vectors/programmes')
const copy = JSON.parse(readFileSync(path.resolve('locales/en/programmes.json'), 'utf8')) as {
  programme: Record<string, unknown>
  fact: Record<string, unknown>
  'check-yourself': Record<string, unknown>
}
const blockProgrammes = shippedProgrammes.flatMap((p) => (p.engine === 'blocks' ? [p] : []))

describe('shipped programmes', () => {
  it('are the fact sheet’s programmes, Safe Mobility first, ids unchanged', () => {
    expect(shippedProgrammes.map((p) => p.id)).toEqual([
      'safe-mobility',
      'ca-humanitarian-family-2023',
      'ca-empp',
      'es-smo-referral',
      'cr-cet-2023',
      'co-etpv-rumv',
      'co-pep-tutor-2025',
      'co-visa-v-2024',
      'ec-virte-2022',
      'ec-virte-2023-other-nationalities',
      'ec-virte-ii-2024',
      'gt-trabajo-temporal-mintrab',
    ])
    expect(shippedProgramme('cr-cet-2023')?.kind).toBe('host-country-regularization')
  })

  it.each(blockProgrammes.map((p) => [p.id, p] as const))('%s is valid against programmeSchema', (_, programme) => {
    const result = programmeSchema.safeParse(programme)
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true)
  })

  it('give one fact the same question wherever it is used, and copy for every programme, fact and condition', () => {
    const questions = new Map<string, string>()
    for (const programme of blockProgrammes)
      for (const fact of programme.facts) {
        expect(questions.get(fact.id) ?? fact.question.en).toBe(fact.question.en)
        questions.set(fact.id, fact.question.en)
        expect(copy.fact).toHaveProperty(fact.id)
      }
    for (const programme of shippedProgrammes) expect(copy.programme).toHaveProperty(programme.id)
    const conditions = blockProgrammes.flatMap((p) =>
      p.versions.flatMap((v) => v.checkYourself.map((c) => c.condition)),
    )
    for (const condition of conditions) expect(copy['check-yourself']).toHaveProperty(condition)
  })

  it('define only the facts their versions use', () => {
    for (const programme of blockProgrammes) {
      const used = new Set(
        programme.versions.flatMap((v) => allBlocks(v).flatMap((b) => (b.id === 'fact' ? [b.fact] : []))),
      )
      expect(programme.facts.map((f) => f.id).filter((f) => !used.has(f))).toEqual([])
    }
  })

  it('ask no fact of anyone screening today for a programme closed today', () => {
    const today = {
      hostCountry: 'CO',
      nationality: 'VE',
      statuses: [{ code: 'ppt' }],
      adult: 'yes',
      arrivalDate: '2022-01-10',
    } as const
    const closed = ['ca-humanitarian-family-2023', 'ca-empp', 'co-pep-tutor-2025', 'co-etpv-rumv']
    for (const id of closed)
      expect(factsThatMatter(shippedProgramme(id)!, { ...today, statuses: [...today.statuses] }, '2026-12-01')).toEqual(
        [],
      )
  })
})

describe('programme vectors', () => {
  const files = readdirSync(vectorsDir).filter((f) => f.endsWith('.json'))
  it.each(shippedProgrammes.map((p) => p.id))('%s has a vector file with at least 8 cases for it', (id) => {
    const cases = programmeTestCaseFileSchema.parse(
      JSON.parse(readFileSync(path.join(vectorsDir, `${id}.json`), 'utf8')),
    )
    expect(cases.filter((c) => c.programme === id).length).toBeGreaterThanOrEqual(id === 'safe-mobility' ? 3 : 8)
    expect(files).toContain(`${id}.json`)
  })
})
