import 'server-only'

import { randomBytes } from 'node:crypto'

import type { Prisma } from '@/generated/prisma/client'
import { type Actor, audit } from '@/lib/auth/audit'
import { rulesChanged } from '@/lib/db/history'
import { db } from '@/lib/db/prisma'

import { hasWorkedOn, lockDraft } from './approval'
import { changes } from './diff'
import { draftHash } from './draft-hash'
import type { PublishProblem } from './drafts'
import { metaOf } from './programme-candidate'
import { getProgrammeDraft, programmeFromDraft, versionOf } from './programme-drafts'

const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue
type Published = { ok: true; versionId: string } | { ok: false; problems: (PublishProblem | 'programme_exists')[] }

/**
 * Publishes an approved programme draft as a new immutable version (a new programme's first), effective now or
 * later: by an approver who did not work on it, only while it is exactly what was approved, and only if the
 * whole programme validates. The tables' trigger tells every instance to re-read (lib/db/history.ts).
 */
export async function publishProgrammeDraft(id: string, effectiveFrom: string, approver: Actor): Promise<Published> {
  const draft = await getProgrammeDraft(id)
  if (!draft || !['open', 'approved'].includes(draft.status)) return { ok: false, problems: ['not_open'] }
  if (await hasWorkedOn(id, draft.authorId, approver.id)) return { ok: false, problems: ['four_eyes'] }
  if (draft.status !== 'approved') return { ok: false, problems: ['not_approved'] }
  const origin = draft.rollbackOf ? 'rollback' : 'admin'
  const versionId = `${effectiveFrom}-${origin}-${randomBytes(3).toString('hex')}`
  const { programme, problems } = programmeFromDraft(draft, effectiveFrom, versionId)
  if (!programme || problems.length) return { ok: false, problems }
  const version = versionOf(programme, versionId)
  const meta = metaOf(programme)
  const result = await db().$transaction(async (tx): Promise<Published> => {
    const locked = await lockDraft(tx, id)
    if (!locked || locked.status !== 'approved') return { ok: false, problems: ['not_approved'] }
    const hash = locked.approvedHash
    if (draftHash(locked.document, locked.note) !== hash || draftHash(draft.document, draft.note) !== hash)
      return { ok: false, problems: ['changed_since_review'] }
    const exists = await tx.programme.findUnique({ where: { id: draft.programme } })
    if (draft.newProgramme && exists) return { ok: false, problems: ['programme_exists'] }
    if (!draft.newProgramme && !exists) return { ok: false, problems: ['not_open'] }
    const metaChanged = changes(exists?.document ?? {}, meta)
    if (!exists) {
      const last = await tx.programme.aggregate({ _max: { position: true } })
      await tx.programme.create({
        data: { id: draft.programme, document: asJson(meta), origin: 'admin', position: (last._max.position ?? 0) + 1 },
      })
    } else if (metaChanged.length)
      await tx.programme.update({ where: { id: draft.programme }, data: { document: asJson(meta), origin: 'admin' } })
    await tx.programmeVersion.create({
      data: {
        programmeId: draft.programme,
        id: versionId,
        effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
        note: version.note,
        document: asJson(version),
        origin,
      },
    })
    await tx.ruleDraft.update({ where: { id }, data: { status: 'published', publishedVersionId: versionId } })
    const diff = changes(draft.base?.version ?? {}, version)
    await audit(
      approver,
      {
        action: draft.newProgramme
          ? 'programme_created'
          : draft.rollbackOf
            ? 'version_rolled_back'
            : 'version_published',
        subject: versionId,
        before: { programme: draft.programme, version: draft.baseVersionId || null },
        after: {
          programme: draft.programme,
          version: versionId,
          effectiveFrom,
          draft: id,
          author: draft.authorEmail,
          approvedHash: hash,
          ...(draft.rollbackOf ? { copyOf: draft.rollbackOf } : {}),
          note: version.note,
          changed: [...metaChanged, ...diff].map((c) => c.path).slice(0, 200),
        },
      },
      tx,
    )
    return { ok: true, versionId }
  })
  if (result.ok) rulesChanged()
  return result
}
