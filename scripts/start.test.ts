import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { missingSettings, usesExternalDatabase } from './required-settings.mjs'

const secrets = {
  ANSWERS_SECRET: 'a'.repeat(32),
  OUTCOME_CODE_SECRET: 'o'.repeat(32),
  ACCESS_CODE_SECRET: 'c'.repeat(32),
  ADMIN_THROTTLE_SECRET: 't'.repeat(32),
  TOTP_ENCRYPTION_SECRET: 'f'.repeat(32),
  PUBLIC_BASE_URL: 'https://screener.example.org',
}

describe('a start against an external PostgreSQL', () => {
  it('exits non-zero naming every missing setting, before building or serving', () => {
    const rest: Partial<typeof secrets> = { ...secrets }
    delete rest.TOTP_ENCRYPTION_SECRET
    delete rest.PUBLIC_BASE_URL
    const env: NodeJS.ProcessEnv = {
      ...({} as NodeJS.ProcessEnv),
      PATH: process.env.PATH,
      DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/none',
      ...rest,
    }
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { env, encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('TOTP_ENCRYPTION_SECRET is not set')
    expect(run.stderr).toContain('PUBLIC_BASE_URL is not set')
    expect(run.stderr).not.toContain('ANSWERS_SECRET')
    expect(run.stderr).not.toContain('building')
  })

  it('asks nothing more once every secret and the public address are set', () => {
    expect(missingSettings(secrets)).toEqual([])
  })

  it('refuses short secrets and a plain-http public address', () => {
    expect(
      missingSettings({ ...secrets, OUTCOME_CODE_SECRET: 'short', PUBLIC_BASE_URL: 'http://example.org' }),
    ).toEqual(['OUTCOME_CODE_SECRET must be at least 32 characters', 'PUBLIC_BASE_URL must be an https:// address'])
  })

  it("refuses the test servers' fault switch", () => {
    expect(missingSettings({ ...secrets, SMI_TEST_FAULTS: '1' })).toEqual([
      'SMI_TEST_FAULTS must not be set: it lets a request make pages fail (tests only)',
    ])
  })

  it('checks every secret of a rotation list', () => {
    expect(missingSettings({ ...secrets, ANSWERS_SECRET: `${'n'.repeat(32)},old` })).toEqual([
      'ANSWERS_SECRET must be at least 32 characters',
    ])
  })

  it('leaves the embedded local start alone', () => {
    const url = 'postgresql://postgres:x@127.0.0.1:5999/app'
    expect(usesExternalDatabase({ DATABASE_URL: url, SMI_EMBEDDED_DATABASE: url })).toBe(false)
    expect(usesExternalDatabase({ DATABASE_URL: url })).toBe(true)
    expect(usesExternalDatabase({})).toBe(false)
  })
})
