import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'

import { createAccount, setPasswordWithToken } from './accounts'
import { attemptLogin } from './login'
import { accountFailureLimit, clientFailureLimit } from './throttle'
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

  it(`locks the account after ${accountFailureLimit} failures, even for the right password`, async () => {
    const a = await account()
    const results = []
    for (let i = 0; i < accountFailureLimit; i++)
      results.push(await attemptLogin({ email: a.email, password: 'nope', client: client() }))
    expect(results.at(-1)).toEqual({ ok: false, code: 'locked' })
    expect(await attemptLogin({ email: a.email, password: a.password, client: client() })).toEqual({
      ok: false,
      code: 'locked',
    })
    const events = await db().auditEvent.findMany({ where: { subject: a.email, action: 'account_locked' } })
    expect(events).toHaveLength(1)
  })

  it('throttles a client that fails on many accounts, keeping only a hash of its address', async () => {
    const address = '203.0.113.77'
    for (let i = 0; i < clientFailureLimit; i++)
      await attemptLogin({ email: `spray-${i}@example.org`, password: 'x', client: address })
    const a = await account()
    expect(await attemptLogin({ email: a.email, password: a.password, client: address })).toEqual({
      ok: false,
      code: 'throttled',
    })
    const keys = (await db().loginThrottle.findMany()).map((r) => r.key).join(' ')
    expect(keys).not.toContain(address)
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
