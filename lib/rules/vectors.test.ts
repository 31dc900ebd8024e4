import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkCase, testCaseFileSchema } from './check'
import { shippedHistory } from './data'

const dir = path.join(__dirname, 'vectors')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()

describe('shipped test vectors', () => {
  it('has at least 60 cases', () => {
    const total = files.reduce(
      (n, f) => n + testCaseFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))).length,
      0,
    )
    expect(total).toBeGreaterThanOrEqual(60)
  })
})

for (const file of files) {
  const cases = testCaseFileSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')))
  describe(file, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const failure = checkCase(shippedHistory, testCase)
        expect(failure, failure).toBeUndefined()
      })
    }
  })
}
