// `node --import tsx scripts/bench-programmes.ts`: milliseconds per screening for all shipped programmes
// (evaluation, "which facts matter", "which shared questions matter"), over 2,000 generated answers and days.
import fc from 'fast-check'

import { shippedProgrammes } from '../lib/rules/data/programmes'
import { baseQuestionsThatMatter, evaluateProgramme, factsThatMatter } from '../lib/rules/programmes'
import { answersArb, dayArb } from '../tests/support/arbitraries'

const samples = fc.sample(fc.tuple(answersArb, dayArb), { numRuns: 2000, seed: 42 })

function time(label: string, run: (answers: (typeof samples)[number][0], day: string) => void, today = false) {
  const all = () => {
    for (const [answers, day] of samples) run(answers, today ? '2026-12-01' : day)
  }
  all() // warm up
  const start = performance.now()
  all()
  console.log(`${label}: ${((performance.now() - start) / samples.length).toFixed(3)} ms per screening`)
}

const each = (fn: (p: (typeof shippedProgrammes)[number]) => void) => shippedProgrammes.forEach(fn)
time('evaluateProgramme, 12 programmes', (a, d) => each((p) => evaluateProgramme(p, a, d)))
time('factsThatMatter, 12 programmes', (a, d) => each((p) => factsThatMatter(p, a, d)))
time('factsThatMatter, 12 programmes, today', (a, d) => each((p) => factsThatMatter(p, a, d)), true)
time('baseQuestionsThatMatter, 12 programmes', (a, d) => each((p) => baseQuestionsThatMatter(p, a, d)))
