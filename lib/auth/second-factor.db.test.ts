import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'

import { createAccount, setPasswordWithToken } from './accounts'
import { disableSecondFactor, enrolSecondFactor, spendCode } from './second-factor'
import { newTotpSecret, totpCode } from './totp'

const password = 'correct horse battery staple'

async function account(role: 'viewer' | 'editor') {
  const email = `${role}-${Date.now()}-${Math.random()}@example.org`
  const { id, token } = await createAccount(email, role, null)
  await setPasswordWithToken(token, password)
  return { id, email }
}

describe('the second factor', () => {
  it('spends a code once, even for many requests at the same moment', async () => {
    const { id } = await account('viewer')
    const secret = newTotpSecret()
    const code = totpCode(secret)
    const results = await Promise.all(Array.from({ length: 10 }, () => spendCode(id, secret, code)))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await spendCode(id, secret, code)).toBe(false)
  })

  it('enrols only with the password and a right code, and stores the secret encrypted', async () => {
    const actor = await account('editor')
    const secret = newTotpSecret()
    expect(await enrolSecondFactor(actor, 'wrong password!', secret, totpCode(secret))).toEqual({
      ok: false,
      code: 'password_wrong',
    })
    expect(await enrolSecondFactor(actor, password, secret, '000000')).toMatchObject({ ok: false })
    expect(await enrolSecondFactor(actor, password, secret, totpCode(secret))).toEqual({ ok: true })
    const row = await db().adminAccount.findUniqueOrThrow({ where: { id: actor.id } })
    expect(row.totpSecret).not.toBeNull()
    expect(row.totpSecret).not.toContain(secret)
    // The code used to enrol is spent: it cannot sign in or disable.
    expect(await spendCode(actor.id, secret, totpCode(secret))).toBe(false)
  })

  it('cannot be turned off by an editor; a viewer needs the password and a fresh code', async () => {
    const editor = await account('editor')
    const secret = newTotpSecret()
    await enrolSecondFactor(editor, password, secret, totpCode(secret))
    expect(await disableSecondFactor(editor, password, totpCode(secret))).toEqual({ ok: false, code: 'required' })

    const viewer = await account('viewer')
    const own = newTotpSecret()
    await enrolSecondFactor(viewer, password, own, totpCode(own, Date.now() - 30_000))
    expect(await disableSecondFactor(viewer, 'wrong password!', totpCode(own))).toEqual({
      ok: false,
      code: 'password_wrong',
    })
    expect(await disableSecondFactor(viewer, password, totpCode(own))).toEqual({ ok: true })
    expect((await db().adminAccount.findUniqueOrThrow({ where: { id: viewer.id } })).totpSecret).toBeNull()
  })
})
