import 'server-only'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { db } from '@/lib/db/prisma'
import { shippedProgramme } from '@/lib/rules/data/programmes'

import type { ProgrammeDraftDocument } from './programme-candidate'

const programmeId = /^[a-z0-9]+(-[a-z0-9]+)*$/

export type CreateProblem = 'invalid_id' | 'programme_exists'

/**
 * Starts a draft of a new programme under a free id (a programme's id never changes and is never reused).
 * The draft is saved as typed; its checks say what is missing, and it needs four eyes like any draft.
 */
export async function createProgrammeDraftFromScratch(
  id: string,
  document: ProgrammeDraftDocument,
  note: string,
  actor: Actor,
): Promise<{ ok: true; draftId: string } | { ok: false; problem: CreateProblem }> {
  if (!programmeId.test(id) || id.length > 80) return { ok: false, problem: 'invalid_id' }
  const taken = shippedProgramme(id) || (await db().programme.findUnique({ where: { id }, select: { id: true } }))
  if (taken) return { ok: false, problem: 'programme_exists' }
  const draft = await db().ruleDraft.create({
    data: {
      programme: id,
      newProgramme: true,
      baseVersionId: '',
      document: JSON.parse(JSON.stringify(document)) as Prisma.InputJsonValue,
      note: note.trim().slice(0, 500),
      authorId: actor.id,
      authorEmail: actor.email,
    },
  })
  await audit(actor, { action: 'draft_created', subject: draft.id, after: { programme: id, newProgramme: true } })
  return { ok: true, draftId: draft.id }
}
