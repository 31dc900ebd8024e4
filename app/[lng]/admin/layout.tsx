import type { Metadata } from 'next'

import { currentAdmin, hasRole, mustEnrol, type Role } from '@/lib/auth'
import { getT } from '@/lib/i18n/server'

import { languageOf } from './_lib/params'
import { logout } from './session-actions'

export const metadata: Metadata = { robots: { index: false, follow: false } }

const links: { path: string; key: string; role: Role }[] = [
  { path: '', key: 'overview', role: 'viewer' },
  { path: '/rules', key: 'rules', role: 'viewer' },
  { path: '/programmes', key: 'programmes', role: 'viewer' },
  { path: '/stats', key: 'stats', role: 'viewer' },
  { path: '/audit', key: 'audit', role: 'admin' },
  { path: '/accounts', key: 'accounts', role: 'admin' },
  { path: '/shelters', key: 'shelters', role: 'admin' },
  { path: '/api-keys', key: 'api-keys', role: 'admin' },
  { path: '/account', key: 'account', role: 'viewer' },
]

// Admin pages are wider than the public ones (tables on a laptop or tablet): the block breaks out of the
// root layout's narrow column.
export default async function AdminLayout({ children, params }: LayoutProps<'/[lng]/admin'>) {
  const lng = await languageOf(params)
  const t = getT(lng, 'admin')
  // The shelters page keeps its words in the `assisted` namespace, the API keys page in its own.
  const label = (key: string) =>
    key === 'shelters'
      ? getT(lng, 'assisted')('admin.nav')
      : key === 'api-keys'
        ? getT(lng, 'api-keys')('nav')
        : t(`nav.${key}`)
  const admin = await currentAdmin()
  return (
    <div className="relative left-1/2 w-[min(72rem,calc(100vw-2rem))] -translate-x-1/2">
      {admin && (
        <nav
          aria-label={t('nav.label')}
          className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-gray-300 pb-3"
        >
          {links
            // Until an editor, approver or admin has a second factor, enrolling is all they can do.
            .filter((l) => hasRole(admin.role, l.role) && (!mustEnrol(admin) || l.key === 'account'))
            .map((l) => (
              <a key={l.key} href={`/${lng}/admin${l.path}`} className="inline-block py-2">
                {label(l.key)}
              </a>
            ))}
          <span className="ml-auto text-sm">
            {t('nav.signed_in_as', { email: admin.email, role: t(`roles.${admin.role}`) })}
          </span>
          <form action={logout.bind(null, lng)}>
            <button type="submit" className="min-h-11 rounded border-2 border-brand px-3 font-bold text-brand">
              {t('nav.logout')}
            </button>
          </form>
        </nav>
      )}
      {children}
    </div>
  )
}
