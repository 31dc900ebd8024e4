// `npm run bench:rules`: evaluations per second on one core, and the median time of one evaluation,
// over 10,000 random schema-valid answers and days against the shipped history. Bundled with esbuild first, like
// the app's own bundles: tsx keeps function names by wrapping every closure in a call, which cost a third of
// the time here (107,653 instead of 322,664 evaluations per CPU second) and is in no bundle the app runs.
import os from 'node:os'

import fc from 'fast-check'

import { shippedHistory } from '../lib/rules/data'
import { evaluate } from '../lib/rules/evaluate'
import { answersArb, dayArb } from '../tests/support/arbitraries'

const cases = fc.sample(fc.tuple(answersArb, dayArb), { numRuns: 10_000, seed: 42 })
const BATCH = 1_000
const run = (from: number) => {
  for (let i = from; i < from + BATCH; i++) {
    const [answers, asOf] = cases[i % cases.length]!
    evaluate(shippedHistory, answers, asOf)
  }
}

for (let i = 0; i < 20; i++) run(i * BATCH) // warm up the JIT
const perEval: number[] = []
let total = 0
const cpuStart = process.cpuUsage()
const start = process.hrtime.bigint()
while (process.hrtime.bigint() - start < 5_000_000_000n) {
  const t0 = process.hrtime.bigint()
  run(total)
  perEval.push(Number(process.hrtime.bigint() - t0) / BATCH)
  total += BATCH
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
const cpu = process.cpuUsage(cpuStart)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
perEval.sort((a, b) => a - b)
const median = perEval[Math.floor(perEval.length / 2)]!
console.log(`evaluations:      ${total} in ${seconds.toFixed(2)} s (one core, Node ${process.version})`)
console.log(
  `load average:     ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${os.cpus().length} CPUs)`,
)
console.log(`per second:       ${Math.round(total / seconds).toLocaleString('en')}`)
// On a shared machine the wall clock includes time the process waited for a core; CPU time does not.
console.log(`per CPU second:   ${Math.round(total / cpuSeconds).toLocaleString('en')}`)
console.log(`median per eval:  ${(median / 1000).toFixed(2)} µs (median of ${perEval.length} batches of ${BATCH})`)
