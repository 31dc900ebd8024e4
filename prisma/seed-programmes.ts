// Seeds the shipped programmes other than Safe Mobility into programmes and programme_versions (idempotent).
// Shipped rows follow the code; a programme or version an admin published is never touched.
import type { PrismaClient } from '../generated/prisma/client'
import { programmeMetaSchema } from '../lib/admin/programme-candidate'
import { shippedProgrammes } from '../lib/rules/data/programmes'
import { programmeSchema } from '../lib/rules/programmes/programme'

const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as object

/** Upserts every shipped block programme and its versions, skipping rows whose origin is not "shipped". */
export async function seedProgrammes(prisma: PrismaClient): Promise<void> {
  const shipped = shippedProgrammes.flatMap((p, position) =>
    p.engine === 'blocks' ? [{ p: programmeSchema.parse(p), position }] : [],
  )
  const admin = new Set(
    (await prisma.programme.findMany({ where: { NOT: { origin: 'shipped' } }, select: { id: true } })).map((r) => r.id),
  )
  const adminVersions = new Set(
    (await prisma.programmeVersion.findMany({ where: { NOT: { origin: 'shipped' } } })).map(
      (v) => `${v.programmeId}|${v.id}`,
    ),
  )
  const writes = shipped.flatMap(({ p, position }) => {
    const meta = { document: asJson(programmeMetaSchema.parse(p)), position, origin: 'shipped' }
    const versions = p.versions
    const programme = admin.has(p.id)
      ? []
      : [prisma.programme.upsert({ where: { id: p.id }, create: { id: p.id, ...meta }, update: meta })]
    return [
      ...programme,
      ...versions
        .filter((v) => !adminVersions.has(`${p.id}|${v.id}`))
        .map((v) => {
          const row = {
            effectiveFrom: new Date(`${v.effectiveFrom}T00:00:00Z`),
            note: v.note,
            document: asJson(v),
            origin: 'shipped',
          }
          return prisma.programmeVersion.upsert({
            where: { programmeId_id: { programmeId: p.id, id: v.id } },
            create: { programmeId: p.id, id: v.id, ...row },
            update: row,
          })
        }),
    ]
  })
  await prisma.$transaction(writes)
}
