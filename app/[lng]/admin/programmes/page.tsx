import { listProgrammeDrafts } from '@/lib/admin/programme-drafts'
import { hasRole, requireRole } from '@/lib/auth'
import { screeningProgrammes } from '@/lib/db/programmes'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

import { Notice, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'

// Every programme as screenings use it now (lib/db/programmes.ts, the one seam), and the open programme drafts.
export default async function ProgrammesPage({ params, searchParams }: PageProps<'/[lng]/admin/programmes'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('viewer', lng)
  const t = getT(lng, 'admin')
  const q = await searchParams
  const [programmes, drafts] = await Promise.all([screeningProgrammes(), listProgrammeDrafts()])
  const done = one(q.done)
  const name = (p: (typeof programmes)[number]) => (isLanguage(lng) ? p.name[lng] : p.name.en)
  return (
    <>
      <Title>{t('programmes.title')}</Title>
      <p className="mb-4">{t('programmes.intro')}</p>
      {done && ['published', 'rolled_back', 'discarded'].includes(done) && (
        <Notice kind="success">{t(`programmes.done.${done}`, { version: one(q.version) })}</Notice>
      )}
      <h2 className="mb-2 text-xl font-bold">{t('programmes.drafts')}</h2>
      {drafts.length === 0 ? (
        <p className="mb-4">{t('programmes.no_drafts')}</p>
      ) : (
        <ul className="mb-4 list-disc pl-6">
          {drafts.map((d) => (
            <li key={d.id}>
              <a href={`/${lng}/admin/programmes/drafts/${d.id}`}>{d.note || t('rules.untitled')}</a>{' '}
              {t('programmes.draft_by', { programme: d.programme, email: d.authorEmail })}
            </li>
          ))}
        </ul>
      )}
      {hasRole(admin.role, 'editor') && (
        <p className="mb-6">
          <a href={`/${lng}/admin/programmes/new`}>{t('programmes.new_programme')}</a>
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="programmes">
          <caption className="mb-2 text-left text-xl font-bold">{t('programmes.in_use')}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              {['programme', 'kind', 'hosts'].map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`programmes.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="p-2 font-normal">
                  <a href={p.engine === 'blocks' ? `/${lng}/admin/programmes/${p.id}` : `/${lng}/admin/rules`}>
                    {name(p)}
                  </a>
                  <span className="block text-gray-700">{p.id}</span>
                </th>
                <td className="p-2">{t(`programmes.kinds.${p.kind}`)}</td>
                <td className="p-2">{p.hostCountries.map((c) => t(`countries.${c}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
