// `npm run rules:check -- [--database] [file.json ...]`: runs test-case files against the shipped programmes (or,
// with --database, the programmes as the screener reads them from Postgres). Each case runs against its `programme`
// (default safe-mobility). One line per failing case, then `N passed, N failed`. Without files it runs the
// repository's own vectors (lib/rules/vectors/*.json and lib/rules/vectors/programmes/*.json).
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { shippedProgrammes } from '../lib/rules/data/programmes'
import { type AnyProgramme, checkProgrammeCase, programmeTestCaseFileSchema } from '../lib/rules/programmes'

const args = process.argv.slice(2)
const useDatabase = args.includes('--database')
if (useDatabase && !process.env.DATABASE_URL) {
  // No database given: run again inside an embedded, migrated and seeded PostgreSQL.
  const self = [process.execPath, '--conditions=react-server', '--import', 'tsx', 'scripts/rules-check.ts', ...args]
  process.exit(spawnSync(process.execPath, ['scripts/with-db.mjs', ...self], { stdio: 'inherit' }).status ?? 1)
}

const vectorDirs = ['lib/rules/vectors', 'lib/rules/vectors/programmes']
const files = args.filter((a) => !a.startsWith('--'))
const targets = files.length
  ? files
  : vectorDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(dir, f)),
    )

// With --database, every programme as the screener reads it (screeningProgrammes), Safe Mobility with the versions
// published in Postgres read strictly (a database that cannot be read fails the check, never falls back).
const programmes: AnyProgramme[] = useDatabase ? await databaseProgrammes() : shippedProgrammes
let passed = 0
let failed = 0
for (const file of targets) {
  const json = readJson(file)
  if (json instanceof Error) {
    failed += 1
    console.log(`${file}: cannot be read (${json.message})`)
    continue
  }
  const parsed = programmeTestCaseFileSchema.safeParse(json)
  if (!parsed.success) {
    failed += 1
    console.log(
      `${file}: not a test-case file (${parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .slice(0, 3)
        .join('; ')})`,
    )
    continue
  }
  for (const testCase of parsed.data) {
    const programme = programmes.find((p) => p.id === testCase.programme)
    const failure = programme
      ? checkProgrammeCase(programme, testCase)
      : `"${testCase.name}": no programme ${testCase.programme}`
    if (failure) console.log(`${file}: ${failure}`)
    if (failure) failed += 1
    else passed += 1
  }
}
console.log(`${passed} passed, ${failed} failed`)
if (useDatabase) await (await import('../lib/db/prisma')).db().$disconnect()
process.exit(failed === 0 ? 0 : 1)

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

async function databaseProgrammes(): Promise<AnyProgramme[]> {
  const history = await (await import('../lib/db/rule-versions')).loadHistory()
  const fromDatabase = await (await import('../lib/db/programmes')).screeningProgrammes()
  return fromDatabase.map((p) => (p.engine === 'safe-mobility' ? { ...p, history } : p))
}
