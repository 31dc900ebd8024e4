import { notFound } from 'next/navigation'

import { hasRole, requireRole } from '@/lib/auth'
import { listProgrammeVersions } from '@/lib/db/programme-store'
import { screeningProgrammes } from '@/lib/db/programmes'
import { getT } from '@/lib/i18n/server'
import { dayOf, todayIso } from '@/lib/rules/dates'
import { programmeVersionOn } from '@/lib/rules/programmes/registration'

import { Field, Notice, Submit, Title } from '../../_components/ui'
import { languageOf, one } from '../../_lib/params'
import { newProgrammeDraft, rollbackProgramme } from '../actions'
import { TryProgramme } from './try-programme'

// One programme: its versions (in force, scheduled, earlier), a new draft, a rollback, and a try-out with the
// programme exactly as screenings use it now.
export default async function ProgrammePage({ params, searchParams }: PageProps<'/[lng]/admin/programmes/[id]'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('viewer', lng)
  const { id } = await params
  const programme = (await screeningProgrammes()).find((p) => p.id === id)
  if (!programme || programme.engine !== 'blocks') notFound()
  const t = getT(lng, 'admin')
  const q = await searchParams
  const rows = await listProgrammeVersions(id)
  const inForce = programmeVersionOn(programme, todayIso()).id
  const editor = hasRole(admin.role, 'editor')
  return (
    <>
      <Title>{programme.name[lng]}</Title>
      <p className="mb-2">{programme.description[lng]}</p>
      <p className="mb-4 text-gray-700">
        {programme.id} · {t(`programmes.kinds.${programme.kind}`)}
      </p>
      {one(q.error) === 'note_missing' && <Notice kind="error">{t('review.problems.note_missing')}</Notice>}
      {editor && (
        <form action={newProgrammeDraft.bind(null, lng, id)} className="mb-6">
          <Submit>{t('programmes.detail.new_draft')}</Submit>
        </form>
      )}
      <h2 className="mb-2 text-xl font-bold">{t('programmes.detail.versions')}</h2>
      <ul className="mb-6 space-y-4">
        {rows.map((r) => (
          <li key={r.id} className="border-b border-gray-300 pb-2">
            <p>
              <strong>{dayOf(r.effectiveFrom)}</strong> · <span className="break-all">{r.id}</span> ·{' '}
              {t(`rules.origins.${r.origin}`)}
              {r.id === inForce && <strong> · {t('rules.in_force')}</strong>}
            </p>
            <p>{r.note}</p>
            {editor && r.id !== inForce && (
              <form action={rollbackProgramme.bind(null, lng, id, r.id)} className="mt-2">
                <Field id={`note-${r.id}`} name="note" label={t('programmes.detail.rollback_note')} required />
                <Submit variant="secondary">{t('programmes.detail.rollback')}</Submit>
              </form>
            )}
          </li>
        ))}
      </ul>
      <TryProgramme t={t} programme={programme} query={q} />
    </>
  )
}
