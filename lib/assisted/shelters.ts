// Shelters and their access codes. The database keeps a code's digest only; the code itself is shown once to
// the admin who issued it. A code works for ACCESS_CODE_DAYS (default 90) after it was issued, then needs
// replacing: a code copied onto a sticky note stops working on its own.
import 'server-only'

import { db } from '@/lib/db/prisma'
import { isUuid } from '@/lib/ids'

import { accessCodeDigest, generateAccessCode, legacyAccessCodeDigest, normalizeAccessCode } from './access-code'

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
        select: { id: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
      },
    },
  })
}

/** How many days an access code works (ACCESS_CODE_DAYS, default 90). */
export function accessCodeDays(): number {
  const days = Number(process.env.ACCESS_CODE_DAYS ?? 90)
  return Number.isInteger(days) && days > 0 ? days : 90
}

/** Issues a new access code for a shelter and returns it (the only time the code exists in clear). */
export async function issueAccessCode(shelterId: string, label: string): Promise<string> {
  const code = generateAccessCode()
  const expiresAt = new Date(Date.now() + accessCodeDays() * 86_400_000)
  await db().shelterAccessCode.create({ data: { shelterId, label, digest: accessCodeDigest(code), expiresAt } })
  return code
}

/** Renames a code; returns its shelter and both names, or null when there is no such code. */
export async function renameAccessCode(codeId: string, label: string) {
  if (!isUuid(codeId)) return null
  const before = await db().shelterAccessCode.findUnique({ where: { id: codeId } })
  if (!before) return null
  await db().shelterAccessCode.update({ where: { id: codeId }, data: { label } })
  return { shelterId: before.shelterId, before: before.label, after: label }
}

/** Revokes a code: every device unlocked with it is locked on its next request. Returns its shelter, or null. */
export async function revokeAccessCode(codeId: string): Promise<{ shelterId: string; label: string } | null> {
  if (!isUuid(codeId)) return null
  const found = await db().shelterAccessCode.updateMany({
    where: { id: codeId, revokedAt: null },
    data: { revokedAt: new Date() },
  })
  if (found.count === 0) return null
  return db().shelterAccessCode.findUniqueOrThrow({ where: { id: codeId }, select: { shelterId: true, label: true } })
}

type CodeRow = { id: string; shelterId: string; revokedAt: Date | null; expiresAt: Date; shelter: { name: string } }

function accessOf(row: CodeRow | null): ShelterAccess | null {
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null
  return { codeId: row.id, shelterId: row.shelterId, shelterName: row.shelter.name }
}

/** The shelter a typed code opens, or null when the code is malformed, unknown, revoked or expired. */
export async function accessForCode(input: string): Promise<ShelterAccess | null> {
  const code = normalizeAccessCode(input)
  if (!code) return null
  const row = await db().shelterAccessCode.findFirst({
    where: { digest: { in: [accessCodeDigest(code), legacyAccessCodeDigest(code)] } },
    include: { shelter: true },
  })
  return accessOf(row)
}

/** The shelter a device's code still opens, or null once the code is revoked, expired or deleted. */
export async function accessForCodeId(codeId: string): Promise<ShelterAccess | null> {
  if (!isUuid(codeId)) return null
  return accessOf(await db().shelterAccessCode.findUnique({ where: { id: codeId }, include: { shelter: true } }))
}

/** One shelter by id, or null. */
export async function getShelter(id: string) {
  return db().shelter.findUnique({ where: { id } })
}
