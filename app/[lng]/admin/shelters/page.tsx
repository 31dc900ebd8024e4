import { accessCodeDays, listShelters } from '@/lib/assisted/shelters'
import { requireRole } from '@/lib/auth'
import { formatDate } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'
import { dayOf } from '@/lib/rules/dates'

import { Field, Notice, Submit, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { IssueCodeForm } from './_components/issue-code-form'
import { createShelterAction, issueCodeAction, renameCodeAction, revokeCodeAction } from './actions'

export default async function SheltersPage({ params, searchParams }: PageProps<'/[lng]/admin/shelters'>) {
  const lng = await languageOf(params)
  await requireRole('admin', lng)
  const a = getT(lng, 'assisted')
  const query = await searchParams
  const done = one(query.done)
  const error = one(query.error)
  const shelters = await listShelters()
  const day = (d: Date) => formatDate(lng, dayOf(d))
  return (
    <>
      <Title>{a('admin.title')}</Title>
      <p className="mb-4 max-w-3xl">{a('admin.lead')}</p>
      {done && ['created', 'revoked', 'renamed'].includes(done) && (
        <Notice kind="success">{a(`admin.done.${done}`)}</Notice>
      )}
      {error && ['name_required', 'label_required'].includes(error) && (
        <Notice kind="error">{a(`admin.errors.${error}`)}</Notice>
      )}
      <p className="mb-4 max-w-3xl">{a('admin.expiry', { count: accessCodeDays() })}</p>
      <h2 className="mb-2 text-xl font-bold">{a('admin.create')}</h2>
      <form action={createShelterAction.bind(null, lng)} className="mb-8 max-w-md">
        <Field name="name" label={a('admin.name')} required autoComplete="off" />
        <Field name="organisation" label={a('admin.organisation')} required autoComplete="off" />
        <Submit>{a('admin.createSubmit')}</Submit>
      </form>
      <h2 className="mb-2 text-xl font-bold">{a('admin.list')}</h2>
      {shelters.length === 0 && <p>{a('admin.none')}</p>}
      {shelters.map((s) => (
        <section key={s.id} aria-labelledby={`shelter-${s.id}`} className="mb-6 border-2 border-gray-300 p-4">
          <h3 id={`shelter-${s.id}`} className="text-lg font-bold">
            {s.name} <span className="font-normal">· {s.organisation}</span>
          </h3>
          <h4 className="mt-2 font-bold">{a('admin.codes')}</h4>
          {s.accessCodes.length === 0 ? (
            <p>{a('admin.noCodes')}</p>
          ) : (
            <ul className="mb-3 divide-y divide-gray-300">
              {s.accessCodes.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-4 py-2">
                  <span className="font-bold">{c.label}</span>
                  <span>
                    {c.revokedAt
                      ? a('admin.revoked', { date: day(c.revokedAt) })
                      : c.expiresAt.getTime() <= Date.now()
                        ? a('admin.expired', { date: day(c.expiresAt) })
                        : `${a('admin.active', { date: day(c.createdAt) })} ${a('admin.expires', { date: day(c.expiresAt) })}`}
                  </span>
                  <form action={renameCodeAction.bind(null, lng, c.id)} className="flex flex-wrap items-end gap-2">
                    <label className="flex flex-col text-sm">
                      <span>{a('admin.renameLabel', { label: c.label })}</span>
                      <input
                        name="label"
                        defaultValue={c.label}
                        required
                        maxLength={120}
                        autoComplete="off"
                        className="min-h-11 rounded border-2 border-gray-700 px-2"
                      />
                    </label>
                    <button
                      type="submit"
                      className="min-h-11 rounded border-2 border-brand bg-white px-3 font-bold text-brand"
                    >
                      {a('admin.rename')}
                    </button>
                  </form>
                  {!c.revokedAt && c.expiresAt.getTime() > Date.now() && (
                    <form action={revokeCodeAction.bind(null, lng, c.id)}>
                      <button
                        type="submit"
                        aria-label={a('admin.revokeWhat', { label: c.label })}
                        className="min-h-11 min-w-11 rounded border-2 border-red-800 bg-white px-3 font-bold text-red-800"
                      >
                        {a('admin.revoke')}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
          <IssueCodeForm
            action={issueCodeAction.bind(null, lng, s.id)}
            id={s.id}
            labels={{
              label: a('admin.label'),
              labelHint: a('admin.labelHint'),
              issue: a('admin.issue'),
              issuedHint: a('admin.issuedHint'),
              issued: a('admin.issued', { shelter: s.name, label: '{{label}}' }),
              error: a('admin.errors.label_required'),
            }}
          />
        </section>
      ))}
    </>
  )
}
