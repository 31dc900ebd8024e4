import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'
import { limitKey } from '@/lib/rate-limit/client-key'
import { limitOf } from '@/lib/rate-limit/settings'

import { createAccount, setPasswordWithToken } from './accounts'
import { attemptLogin } from './login'
import { summariseTallies } from './login-tally'
import { newTotpSecret, totpCode } from './totp'
import { encryptTotpSecret } from './totp-secret'

let n = 0
async function account(role: 'viewer' | 'editor' | 'approver' = 'editor', password = 'correct horse battery') {
  const email = `login-${Date.now()}-${n++}@example.org`
  const { id, token } = await createAccount(email, role, null)
  expect(await setPasswordWithToken(token, password)).toEqual({ ok: true, email })
  return { id, email, password }
}
const client = () => `198.51.100.${n++ % 250}`

describe('attemptLogin', () => {
  it('signs in with the right password and starts a stored session', async () => {
    const a = await account()
    const result = await attemptLogin({ email: a.email.toUpperCase(), password: a.password, client: client() })
    expect(result.ok).toBe(true)
    expect(await db().adminSession.count({ where: { accountId: a.id } })).toBe(1)
  })

  it('refuses a wrong password without saying whether the account exists', async () => {
    const a = await account()
    expect(await attemptLogin({ email: a.email, password: 'wrong password!', client: client() })).toEqual({
      ok: false,
      code: 'invalid',
    })
    expect(await attemptLogin({ email: 'nobody@example.org', password: 'x', client: client() })).toEqual({
      ok: false,
      code: 'invalid',
    })
  })

  it('slows down an attacker on an account, never its owner signing in from another client', async () => {
    const a = await account()
    const attacker = client()
    const results = []
    for (let i = 0; i < limitOf('loginAccount').points + 2; i++)
      results.push(await attemptLogin({ email: a.email, password: 'nope', client: attacker }))
    expect(results.at(-1)).toMatchObject({ ok: false, code: 'throttled' })
    expect(await attemptLogin({ email: a.email, password: a.password, client: attacker })).toMatchObject({
      code: 'throttled',
    })
    expect((await attemptLogin({ email: a.email, password: a.password, client: client() })).ok).toBe(true)
  })

  it('counts a burst of 50 parallel wrong passwords as 50, before any password is checked', async () => {
    const a = await account()
    const attacker = client()
    const results = await Promise.all(
      Array.from({ length: 50 }, () => attemptLogin({ email: a.email, password: 'wrong', client: attacker })),
    )
    const limit = limitOf('loginAccount').points
    expect(results.filter((r) => r.ok === false && r.code === 'invalid')).toHaveLength(limit)
    expect(results.filter((r) => r.ok === false && r.code === 'throttled')).toHaveLength(50 - limit)
    const key = `loginAccount:${limitKey('login-account', a.email, attacker)}`
    expect(await db().rateLimit.findUnique({ where: { key } })).toMatchObject({ points: 50 })
    const tallies = await db().loginTally.findMany({ where: { subject: a.email } })
    expect(tallies.reduce((n, t) => n + t.failed + t.refused, 0)).toBe(50)
    expect(tallies.reduce((n, t) => n + t.failed, 0)).toBe(limit)
  })

  it('keeps only keyed hashes of the client address in the rate-limit store', async () => {
    const address = '203.0.113.77'
    await attemptLogin({ email: 'spray@example.org', password: 'x', client: address })
    const keys = (await db().rateLimit.findMany()).map((r) => r.key).join(' ')
    expect(keys).not.toContain(address)
    expect(keys).not.toContain('spray@example.org')
  })

  it('sums failures per account and window into one audit event once the window has ended', async () => {
    const a = await account()
    for (let i = 0; i < 3; i++) await attemptLogin({ email: a.email, password: 'nope', client: client() })
    await db().$executeRaw`UPDATE login_tallies SET window_start = window_start - interval '1 hour'
      WHERE subject = ${a.email}`
    await Promise.all([summariseTallies(), summariseTallies()])
    const events = await db().auditEvent.findMany({ where: { subject: a.email, action: 'login_failures' } })
    expect(events).toHaveLength(1)
    expect(events[0]!.after).toMatchObject({ failed: 3, refused: 0, minutes: 15 })
    expect(await db().loginTally.count({ where: { subject: a.email } })).toBe(0)
  })

  it('asks for the authenticator code when the account has a second factor', async () => {
    const a = await account()
    const secret = newTotpSecret()
    await db().adminAccount.update({ where: { id: a.id }, data: { totpSecret: encryptTotpSecret(secret, a.id) } })
    expect((await attemptLogin({ email: a.email, password: a.password, client: client() })).ok).toBe(false)
    expect(
      (await attemptLogin({ email: a.email, password: a.password, code: totpCode(secret), client: client() })).ok,
    ).toBe(true)
  })

  it('accepts an authenticator code only once (someone who saw it cannot reuse it)', async () => {
    const a = await account()
    const secret = newTotpSecret()
    await db().adminAccount.update({ where: { id: a.id }, data: { totpSecret: encryptTotpSecret(secret, a.id) } })
    const code = totpCode(secret)
    expect((await attemptLogin({ email: a.email, password: a.password, code, client: client() })).ok).toBe(true)
    expect(await attemptLogin({ email: a.email, password: a.password, code, client: client() })).toEqual({
      ok: false,
      code: 'invalid',
    })
  })
})

describe('setPasswordWithToken', () => {
  it('works once, then the link is spent', async () => {
    const { token } = await createAccount(`once-${Date.now()}@example.org`, 'viewer', null)
    expect(await setPasswordWithToken(token, 'short')).toEqual({ ok: false, code: 'password_too_short' })
    expect((await setPasswordWithToken(token, 'a long enough passphrase')).ok).toBe(true)
    expect(await setPasswordWithToken(token, 'another long passphrase')).toEqual({ ok: false, code: 'link_invalid' })
  })

  it('stores an argon2id hash, never the password', async () => {
    const a = await account('viewer', 'my secret passphrase')
    const row = await db().adminAccount.findUniqueOrThrow({ where: { id: a.id } })
    expect(row.passwordHash).toMatch(/^\$argon2id\$/)
    expect(row.passwordHash).not.toContain('my secret passphrase')
  })
})
