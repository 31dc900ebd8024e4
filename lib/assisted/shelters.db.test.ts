import { describe, expect, it } from 'vitest'

import { db } from '@/lib/db/prisma'

import { formatAccessCode } from './access-code'
import {
  accessForCode,
  accessForCodeId,
  createShelter,
  issueAccessCode,
  listShelters,
  revokeAccessCode,
} from './shelters'

describe('shelter access codes in the database', () => {
  it('open assisted mode until revoked, and only their digest is stored', async () => {
    const shelterId = await createShelter('Casa Esperanza', 'Red Solidaria')
    const code = await issueAccessCode(shelterId, 'front desk tablet')
    const access = await accessForCode(formatAccessCode(code).toLowerCase())
    expect(access).toMatchObject({ shelterId, shelterName: 'Casa Esperanza' })
    const rows = await db().shelterAccessCode.findMany({ where: { shelterId } })
    expect(JSON.stringify(rows)).not.toContain(code)

    expect(await revokeAccessCode(access!.codeId)).toMatchObject({ shelterId, label: 'front desk tablet' })
    expect(await accessForCode(code)).toBeNull()
    expect(await accessForCodeId(access!.codeId)).toBeNull()
    expect(await revokeAccessCode(access!.codeId)).toBeNull()
    const listed = (await listShelters()).find((s) => s.id === shelterId)
    expect(listed?.accessCodes[0]?.revokedAt).toBeInstanceOf(Date)
  })

  it('refuses unknown and malformed codes', async () => {
    expect(await accessForCode('ABCD-EFGH-JKMN')).toBeNull()
    expect(await accessForCode('not a code')).toBeNull()
    expect(await accessForCodeId('not-an-id')).toBeNull()
  })
})
