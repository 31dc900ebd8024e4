import { hasRole, requireRole } from '@/lib/auth'
import { getT } from '@/lib/i18n/server'

import { Title } from './_components/ui'
import { languageOf } from './_lib/params'

export default async function AdminHome({ params }: PageProps<'/[lng]/admin'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('viewer', lng)
  const t = getT(lng, 'admin')
  const can = (role: 'editor' | 'approver' | 'admin') => hasRole(admin.role, role)
  return (
    <>
      <Title>{t('home.title')}</Title>
      <p className="mb-4">{t(`home.role.${admin.role}`)}</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <a href={`/${lng}/admin/rules`}>{t('home.rules')}</a>
        </li>
        <li>
          <a href={`/${lng}/admin/programmes`}>{t('home.programmes')}</a>
        </li>
        <li>
          <a href={`/${lng}/admin/stats`}>{t('home.stats')}</a>
        </li>
        {can('editor') && (
          <li>
            <a href={`/${lng}/admin/rules/test-cases`}>{t('home.test_cases')}</a>
          </li>
        )}
        {can('admin') && (
          <li>
            <a href={`/${lng}/admin/audit`}>{t('home.audit')}</a>
          </li>
        )}
        {can('admin') && (
          <li>
            <a href={`/${lng}/admin/accounts`}>{t('home.accounts')}</a>
          </li>
        )}
        <li>
          <a href={`/${lng}/admin/account`}>{t('home.account')}</a>
        </li>
      </ul>
    </>
  )
}
