import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Answers } from '@/lib/rules/answers'
import { testCaseFileSchema } from '@/lib/rules/check'
import { shippedHistory } from '@/lib/rules/data'
import { evaluate } from '@/lib/rules/evaluate'
import { criterionIds, criterionStatuses, outcomes } from '@/lib/rules/evaluation'

import { resources } from './resources'
import { languages } from './settings'

type Tree = { [key: string]: string | Tree }
const results = (lng: string) => resources[lng]?.results as Tree
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))

describe('results namespace', () => {
  it('has identical keys in es, en, fr and ht, none empty', () => {
    const english = keys(results('en')).sort()
    for (const lng of languages) {
      expect(keys(results(lng)).sort(), lng).toEqual(english)
      for (const key of english)
        expect(
          String(key.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k] as string | Tree, results(lng))).trim(),
          `${lng}:${key}`,
        ).not.toBe('')
    }
  })

  it('has a heading for every outcome and a sentence for every criterion status', () => {
    const all = keys(results('en'))
    for (const outcome of outcomes) expect(all).toContain(`outcome.${outcome}.title`)
    for (const status of criterionStatuses) expect(all).toContain(`status.${status}`)
    for (const id of criterionIds)
      for (const status of criterionStatuses) expect(all).toContain(`criteria.${id}.${status}`)
  })

  it('has a text for every next-step code the engine gives on the shipped vectors', () => {
    const all = keys(results('en'))
    const codes = new Set(sampleEvaluations().flatMap((e) => e.nextSteps.map((s) => s.code)))
    expect(codes.size).toBeGreaterThan(10)
    for (const code of codes) expect(all, code).toContain(`next.${code}`)
  })

  it('uses in its sentences only parameters the engine gives (plus country, inCountry, nationality)', () => {
    const en = results('en')
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1])
    const base = ['country', 'inCountry', 'nationality']
    for (const evaluation of sampleEvaluations()) {
      for (const c of evaluation.criteria) {
        const text = ((en.criteria as Tree)[c.id] as Tree)[c.status]
        for (const p of placeholders(text))
          expect([...base, ...Object.keys(c.ruleValue)], `criteria.${c.id}.${c.status}: {{${p}}}`).toContain(p)
      }
      for (const step of evaluation.nextSteps) {
        for (const p of placeholders((en.next as Tree)[step.code]))
          expect([...base, ...Object.keys(step.params ?? {})], `next.${step.code}: {{${p}}}`).toContain(p)
      }
    }
  })
})

/** Evaluations of the shipped vectors and a few extra answers on days across the whole history. */
function sampleEvaluations() {
  const answers: Answers[] = ['CO', 'CR', 'EC', 'GT'].flatMap(
    (hostCountry) =>
      [
        { hostCountry, nationality: 'VE', arrivalDate: '2023-06', statuses: [{ code: 'unsure' }], adult: 'unsure' },
        {
          hostCountry,
          nationality: 'VE',
          arrivalDate: '2022-01-01',
          statuses: [
            { code: 'asylum_seeker', since: '2022-02-01' },
            { code: 'ppt' },
            { code: 'regularization_applied' },
          ],
          adult: 'no',
        },
        { hostCountry, nationality: 'GT', statuses: [], adult: 'yes' },
      ] as Answers[],
  )
  const days = ['2023-06-15', '2023-07-01', '2023-09-15', '2023-10-20', '2024-03-01', '2024-09-01', '2026-11-25']
  // Safe Mobility vectors only (lib/rules/vectors/programmes holds the other programmes' cases).
  const vectors = readdirSync('lib/rules/vectors')
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => testCaseFileSchema.parse(JSON.parse(readFileSync(`lib/rules/vectors/${f}`, 'utf8'))))
  return [
    ...days.flatMap((day) => answers.map((a) => evaluate(shippedHistory, a, day))),
    ...vectors.map((v) => evaluate(shippedHistory, v.answers, v.asOf)),
  ]
}
