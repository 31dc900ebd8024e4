import { afterEach, describe, expect, it, vi } from 'vitest'

import { db } from '@/lib/db/prisma'

import { legacyAccessCodeDigest } from './access-code'
import { accessCodeDays, accessForCode, createShelter, issueAccessCode, renameAccessCode } from './shelters'

afterEach(() => vi.unstubAllEnvs())

describe('access code lifetime and names', () => {
  it('stops opening assisted mode once the code has expired', async () => {
    const shelterId = await createShelter('Albergue Norte', 'Red Norte')
    const code = await issueAccessCode(shelterId, 'tablet')
    const access = await accessForCode(code)
    expect(access).not.toBeNull()
    const row = await db().shelterAccessCode.findUniqueOrThrow({ where: { id: access!.codeId } })
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(89 * 86_400_000)
    await db().shelterAccessCode.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await accessForCode(code)).toBeNull()
  })

  it('reads the lifetime from ACCESS_CODE_DAYS, and ignores a nonsense value', () => {
    vi.stubEnv('ACCESS_CODE_DAYS', '30')
    expect(accessCodeDays()).toBe(30)
    vi.stubEnv('ACCESS_CODE_DAYS', 'soon')
    expect(accessCodeDays()).toBe(90)
  })

  it('can be renamed; a malformed id renames nothing', async () => {
    const shelterId = await createShelter('Albergue Sur', 'Red Sur')
    const access = await accessForCode(await issueAccessCode(shelterId, 'old name'))
    expect(await renameAccessCode(access!.codeId, 'new name')).toEqual({
      shelterId,
      before: 'old name',
      after: 'new name',
    })
    expect(await renameAccessCode('not-a-uuid', 'x')).toBeNull()
  })

  it('still opens with a code stored before keys were derived per purpose', async () => {
    const shelterId = await createShelter('Albergue Este', 'Red Este')
    const code = 'ZZYXWV987654'
    await db().shelterAccessCode.create({
      data: { shelterId, label: 'old', digest: legacyAccessCodeDigest(code), expiresAt: new Date(Date.now() + 1e9) },
    })
    expect(await accessForCode(code)).toMatchObject({ shelterId })
  })
})
