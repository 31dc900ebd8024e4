import 'server-only'

import { db } from '@/lib/db/prisma'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Readable names for the subjects of audit events that are ids (a shelter's name, a draft's note), so the log
 * shows "Casa Esperanza" rather than a UUID. Emails and version ids are readable already and stay as they are.
 */
export async function auditSubjectNames(subjects: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(subjects.filter((s): s is string => !!s && uuid.test(s)))]
  if (!ids.length) return new Map()
  const [shelters, drafts] = await Promise.all([
    db().shelter.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db().ruleDraft.findMany({ where: { id: { in: ids } }, select: { id: true, note: true } }),
  ])
  return new Map([
    ...shelters.map((s) => [s.id, s.name] as const),
    ...drafts.map((d) => [d.id, d.note || '—'] as const),
  ])
}
