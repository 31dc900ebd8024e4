import { notFound } from 'next/navigation'

import { hasRole, requireRole } from '@/lib/auth'
import { getRuleVersion } from '@/lib/db/rule-versions'
import { getT } from '@/lib/i18n/server'
import { dayOf } from '@/lib/rules/dates'

import { Field, Notice, Submit, Title } from '../../../_components/ui'
import { languageOf, one } from '../../../_lib/params'
import { rollback } from '../../actions'

export default async function VersionPage({ params, searchParams }: PageProps<'/[lng]/admin/rules/versions/[id]'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('viewer', lng)
  const { id } = await params
  const row = await getRuleVersion(id)
  if (!row) notFound()
  const t = getT(lng, 'admin')
  const errors = (one((await searchParams).error) ?? '').split(',').filter(Boolean)
  return (
    <>
      <Title>{t('version.title', { id })}</Title>
      <p className="mb-2">
        {t('version.meta', {
          day: dayOf(row.effectiveFrom),
          origin: t(`rules.origins.${row.origin}`),
        })}
      </p>
      <p className="mb-4">{row.note}</p>
      {errors.length > 0 && (
        <Notice kind="error">
          <ul>
            {errors.map((e) => (
              <li key={e}>{t(`review.problems.${e}`, { defaultValue: e })}</li>
            ))}
          </ul>
        </Notice>
      )}
      {hasRole(admin.role, 'editor') && (
        <form action={rollback.bind(null, lng, id)} className="mb-8 border-2 border-gray-300 p-4">
          <h2 className="mb-2 text-xl font-bold">{t('version.rollback')}</h2>
          <p className="mb-4">{t('version.rollback_intro')}</p>
          <Field name="note" label={t('draft.note')} required />
          <Submit>{t('version.rollback_submit')}</Submit>
        </form>
      )}
      <h2 className="mb-2 text-xl font-bold">{t('version.document')}</h2>
      <pre className="border border-gray-300 bg-gray-50 p-3 text-sm break-all whitespace-pre-wrap">
        {JSON.stringify(row.document, null, 2)}
      </pre>
    </>
  )
}
