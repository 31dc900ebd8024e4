import { listOpenDrafts } from '@/lib/admin/drafts'
import { hasRole, requireRole } from '@/lib/auth'
import { listRuleVersions, loadHistory } from '@/lib/db/rule-versions'
import { getT } from '@/lib/i18n/server'
import { dayOf, todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'

import { Notice, Submit, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { newDraft } from './actions'

export default async function RulesPage({ params, searchParams }: PageProps<'/[lng]/admin/rules'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('viewer', lng)
  const t = getT(lng, 'admin')
  const q = await searchParams
  const today = todayIso()
  const [rows, history, drafts] = await Promise.all([listRuleVersions(), loadHistory(), listOpenDrafts()])
  const inForce = versionInForce(history, today).id
  const done = one(q.done)
  return (
    <>
      <Title>{t('rules.title')}</Title>
      {done && ['published', 'rolled_back', 'discarded'].includes(done) && (
        <Notice kind="success">{t(`rules.done.${done}`, { version: one(q.version) })}</Notice>
      )}
      <p className="mb-4">
        <a href={`/${lng}/admin/rules/preview`}>{t('rules.preview_link')}</a>
        {hasRole(admin.role, 'editor') && (
          <>
            {' '}
            · <a href={`/${lng}/admin/rules/test-cases`}>{t('home.test_cases')}</a>
          </>
        )}
      </p>

      <h2 className="mb-2 text-xl font-bold">{t('rules.drafts')}</h2>
      {drafts.length === 0 ? (
        <p className="mb-4">{t('rules.no_drafts')}</p>
      ) : (
        <ul className="mb-4 list-disc pl-6">
          {drafts.map((d) => (
            <li key={d.id}>
              <a href={`/${lng}/admin/rules/drafts/${d.id}`}>{d.note || t('rules.untitled')}</a>{' '}
              {t('rules.draft_by', { email: d.authorEmail, base: d.baseVersionId })}
            </li>
          ))}
        </ul>
      )}
      {hasRole(admin.role, 'editor') && (
        <form action={newDraft.bind(null, lng)} className="mb-8">
          <Submit>{t('rules.new_draft')}</Submit>
        </form>
      )}

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left text-xl font-bold">{t('rules.versions')}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              {['effective', 'version', 'origin', 'published', 'note'].map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`rules.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-gray-300 align-top">
                <td className="p-2 whitespace-nowrap">{dayOf(r.effectiveFrom)}</td>
                <th scope="row" className="p-2 font-normal break-all">
                  <a href={`/${lng}/admin/rules/versions/${r.id}`}>{r.id}</a>
                  {r.id === inForce && <strong className="block">{t('rules.in_force')}</strong>}
                </th>
                <td className="p-2">{t(`rules.origins.${r.origin}`)}</td>
                <td className="p-2 whitespace-nowrap">{r.publishedAt.toISOString().slice(0, 16).replace('T', ' ')}</td>
                <td className="p-2">{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
