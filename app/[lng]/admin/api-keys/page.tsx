import { listApiKeys } from '@/lib/api/api-keys'
import { requireRole } from '@/lib/auth'
import { formatDate } from '@/lib/i18n/format'
import { getT } from '@/lib/i18n/server'

import { Notice, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { CreateKeyForm } from './_components/create-key-form'
import { createKeyAction, revokeKeyAction } from './actions'

export default async function ApiKeysPage({ params, searchParams }: PageProps<'/[lng]/admin/api-keys'>) {
  const lng = await languageOf(params)
  await requireRole('admin', lng)
  const t = getT(lng, 'api-keys')
  const done = one((await searchParams).done)
  const keys = await listApiKeys()
  const day = (d: Date) => formatDate(lng, d.toISOString().slice(0, 10))
  return (
    <>
      <Title>{t('title')}</Title>
      <p className="mb-4 max-w-3xl">{t('lead')}</p>
      {done === 'revoked' && <Notice kind="success">{t('done.revoked')}</Notice>}
      <h2 className="mb-2 text-xl font-bold">{t('create')}</h2>
      <CreateKeyForm
        action={createKeyAction.bind(null, lng)}
        labels={{
          client: t('client'),
          clientHint: t('clientHint'),
          submit: t('submit'),
          created: t('created', { client: '{{client}}' }),
          createdHint: t('createdHint'),
          error: t('error'),
        }}
      />
      <h2 className="mb-2 text-xl font-bold">{t('list')}</h2>
      {keys.length === 0 && <p>{t('none')}</p>}
      <ul className="mb-3 max-w-3xl divide-y divide-gray-300">
        {keys.map((k) => (
          <li key={k.id} className="flex flex-wrap items-center gap-4 py-2">
            <span className="font-bold">{k.client}</span>
            <span>
              {k.revokedAt ? t('revokedOn', { date: day(k.revokedAt) }) : t('active', { date: day(k.createdAt) })}
            </span>
            {!k.revokedAt && (
              <form action={revokeKeyAction.bind(null, lng, k.id)}>
                <button
                  type="submit"
                  aria-label={t('revokeWhat', { client: k.client, date: day(k.createdAt) })}
                  className="min-h-11 min-w-11 rounded border-2 border-red-800 bg-white px-3 font-bold text-red-800"
                >
                  {t('revoke')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
