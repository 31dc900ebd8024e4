// Shelters and their access codes (docs/decisions/0007-assisted-mode.md). The database keeps a code's digest only; the code itself is
// shown once to the admin who issued it.
import 'server-only'

import { db } from '@/lib/db/prisma'

import { accessCodeDigest, generateAccessCode, normalizeAccessCode } from './access-code'

export interface ShelterAccess {
  codeId: string
  shelterId: string
  shelterName: string
}

/** Creates a shelter; returns its id. */
export async function createShelter(name: string, organisation: string): Promise<string> {
  return (await db().shelter.create({ data: { name, organisation } })).id
}

/** Every shelter with its codes (digests left out), newest first. */
export async function listShelters() {
  return db().shelter.findMany({
    orderBy: { createdAt: 'desc' },
    include: {
      accessCodes: {
        orderBy: { createdAt: 'desc' },
        select: { id: true, label: true, createdAt: true, revokedAt: true },
      },
    },
  })
}

/** Issues a new access code for a shelter and returns it (the only time the code exists in clear). */
export async function issueAccessCode(shelterId: string, label: string): Promise<string> {
  const code = generateAccessCode()
  await db().shelterAccessCode.create({ data: { shelterId, label, digest: accessCodeDigest(code) } })
  return code
}

/** Revokes a code: every device unlocked with it is locked on its next request. Returns its shelter, or null. */
export async function revokeAccessCode(codeId: string): Promise<{ shelterId: string; label: string } | null> {
  const found = await db().shelterAccessCode.updateMany({
    where: { id: codeId, revokedAt: null },
    data: { revokedAt: new Date() },
  })
  if (found.count === 0) return null
  return db().shelterAccessCode.findUniqueOrThrow({ where: { id: codeId }, select: { shelterId: true, label: true } })
}

/** The shelter a typed code opens, or null when the code is malformed, unknown or revoked. */
export async function accessForCode(input: string): Promise<ShelterAccess | null> {
  const code = normalizeAccessCode(input)
  if (!code) return null
  const row = await db().shelterAccessCode.findUnique({
    where: { digest: accessCodeDigest(code) },
    include: { shelter: true },
  })
  return row && !row.revokedAt ? { codeId: row.id, shelterId: row.shelterId, shelterName: row.shelter.name } : null
}

/** The shelter a device's code still opens, or null once the code is revoked or deleted. */
export async function accessForCodeId(codeId: string): Promise<ShelterAccess | null> {
  if (!/^[0-9a-f-]{36}$/.test(codeId)) return null
  const row = await db().shelterAccessCode.findUnique({ where: { id: codeId }, include: { shelter: true } })
  return row && !row.revokedAt ? { codeId: row.id, shelterId: row.shelterId, shelterName: row.shelter.name } : null
}

/** One shelter by id, or null. */
export async function getShelter(id: string) {
  return db().shelter.findUnique({ where: { id } })
}
