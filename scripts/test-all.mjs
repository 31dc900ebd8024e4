// `npm test`: typecheck, lint, rule sources, Vitest (both projects: unit, then db on a real PostgreSQL), build,
// Playwright (real Chromium).
// Runs every step even after a failure, then prints one plain closing line: `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const bin = (name) => `node_modules/.bin/${name}`
const steps = [
  { name: 'typecheck', cmd: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', 'lint'] },
  // Provenance: fails on a value that cites an undated source while its reason names a dated one.
  { name: 'rules:sources', cmd: 'npm', args: ['run', '--silent', 'rules:sources'] },
  {
    name: 'unit+db',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
    counts: () => vitestCounts('test-results/unit.json'),
  },
  { name: 'build', cmd: bin('next'), args: ['build'] },
  {
    name: 'e2e',
    cmd: bin('playwright'),
    args: ['test'],
    needs: 'build',
    counts: () => playwrightCounts('test-results/e2e.json'),
  },
]

function vitestCounts(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }
}

function playwrightCounts(file) {
  const { stats, errors = [] } = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length }
}

// `--only <step>` runs one step (CI reruns the database tests against another PostgreSQL this way).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
rmSync('test-results', { recursive: true, force: true })
const results = {}
let passed = 0
let failed = 0
for (const step of steps.filter((s) => !only || s.name === only)) {
  if (step.needs && !results[step.needs]) {
    console.log(`\n▶ ${step.name}: skipped because ${step.needs} failed`)
    failed += 1
    continue
  }
  console.log(`\n▶ ${step.name}`)
  const run = spawnSync(step.cmd, step.args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const ok = run.status === 0
  results[step.name] = ok
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 }
  if (step.counts) {
    try {
      counts = step.counts()
      if (!ok && counts.failed === 0) counts.failed = 1 // the runner failed outside any test
    } catch {
      counts = { passed: 0, failed: 1 }
    }
  }
  passed += counts.passed
  failed += counts.failed
  console.log(`◀ ${step.name}: ${ok ? 'ok' : 'FAILED'} (${counts.passed} passed, ${counts.failed} failed)`)
}

if (!existsSync('test-results')) console.log('(no test results were written)')
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
