import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { shippedProgramme } from '@/lib/rules/data/programmes'
import { evaluateProgramme, programmeTestCaseFileSchema } from '@/lib/rules/programmes'

import { resources } from './resources'

type Tree = Record<string, Record<string, string>>
const copy = () => resources.en?.programmes as Tree
const dir = path.resolve('lib/rules/vectors/programmes')
const evaluations = readdirSync(dir).flatMap((f) =>
  programmeTestCaseFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))).flatMap((c) => {
    const programme = shippedProgramme(c.programme)
    return programme && programme.engine === 'blocks' ? [evaluateProgramme(programme, c.answers, c.asOf)] : []
  }),
)

describe('programmes namespace', () => {
  it('has a sentence for every next-step code the programmes give on their vectors, with only their parameters', () => {
    const steps = evaluations.flatMap((e) => e.nextSteps)
    expect(new Set(steps.map((s) => s.code)).size).toBeGreaterThan(8)
    for (const step of steps) {
      const text = copy()['next-step']?.[step.code]
      expect(text, step.code).toBeDefined()
      for (const [, p] of String(text).matchAll(/{{(\w+)}}/g))
        expect(Object.keys(step.params ?? {}), step.code).toContain(p)
    }
  })
  it('has a sentence for every condition to check yourself and every kind', () => {
    for (const e of evaluations) {
      for (const c of e.checkYourself) expect(copy()['check-yourself']).toHaveProperty(c)
      expect(copy().kind).toHaveProperty(e.kind)
    }
  })
})
