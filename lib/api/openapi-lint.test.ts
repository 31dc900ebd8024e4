// Redocly's recommended rules on the OpenAPI document: a generated client must be able to rely on it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { openApiDocument } from './openapi'

it('passes Redocly lint --extends recommended with no error and no warning', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'smi-openapi-')), 'openapi.json')
  writeFileSync(file, JSON.stringify(openApiDocument()))
  const run = spawnSync('node_modules/.bin/redocly', ['lint', '--extends', 'recommended', '--format', 'json', file], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  })
  const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] }
  expect(report.problems).toEqual([])
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
}, 60_000)
