import { requireRole, roles } from '@/lib/auth'
import { listPendingRequests } from '@/lib/auth/account-requests'
import { listAccounts } from '@/lib/auth/accounts'
import { getT } from '@/lib/i18n/server'

import { Notice, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { ConfirmRequestForm } from './_components/confirm-request-form'
import { CreateAccountForm } from './_components/create-account-form'
import { cancelRequestAction, changeAccount, confirmRequestAction, createAccountAction } from './actions'

export default async function AccountsPage({ params, searchParams }: PageProps<'/[lng]/admin/accounts'>) {
  const lng = await languageOf(params)
  const admin = await requireRole('admin', lng)
  const t = getT(lng, 'admin')
  const query = await searchParams
  const accounts = await listAccounts()
  const requests = await listPendingRequests()
  const done = one(query.done)
  const roleLabels = Object.fromEntries(roles.map((r) => [r, t(`roles.${r}`)]))
  const small = 'min-h-11 rounded border-2 border-brand px-3 font-bold text-brand bg-white'
  return (
    <>
      <Title>{t('accounts.title')}</Title>
      {done === 'changed' && <Notice kind="success">{t('accounts.done')}</Notice>}
      {done && ['requested', 'cancelled'].includes(done) && (
        <Notice kind="success">{t(`accounts.requests.done_${done}`)}</Notice>
      )}
      {one(query.error) === 'not_yourself' && <Notice kind="error">{t('accounts.error.not_yourself')}</Notice>}
      <h2 className="mb-2 text-xl font-bold">{t('accounts.create')}</h2>
      <CreateAccountForm
        action={createAccountAction.bind(null, lng)}
        labels={{
          email: t('accounts.email'),
          role: t('accounts.role'),
          submit: t('accounts.create_submit'),
          link: t('accounts.link'),
          requested: t('accounts.requests.requested'),
          roles: roleLabels,
          errors: { email_invalid: t('accounts.error.email_invalid'), role_invalid: t('accounts.error.role_invalid') },
        }}
      />
      <section aria-labelledby="requests" className="mb-8">
        <h2 id="requests" className="mb-2 text-xl font-bold">
          {t('accounts.requests.title')}
        </h2>
        <p className="mb-2">{t('accounts.requests.intro')}</p>
        {requests.length === 0 && <p>{t('accounts.requests.none')}</p>}
        <ul className="divide-y divide-gray-300">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-4 py-2">
              <span>
                {t(`accounts.requests.kinds.${r.kind}`, { email: r.email, role: t(`roles.${r.role}`) })}{' '}
                {t('accounts.requests.by', { email: r.requestedBy })}
              </span>
              {r.requestedById === admin.id ? (
                <span>{t('accounts.requests.yours')}</span>
              ) : (
                <ConfirmRequestForm
                  action={confirmRequestAction.bind(null, lng, r.id)}
                  labels={{
                    submit: t('accounts.requests.confirm'),
                    done: t('accounts.requests.confirmed'),
                    link: t('accounts.link'),
                    errors: {
                      not_pending: t('accounts.requests.not_pending'),
                      same_admin: t('accounts.requests.same_admin'),
                    },
                  }}
                />
              )}
              <form action={cancelRequestAction.bind(null, lng, r.id)}>
                <button type="submit" className={small}>
                  {t('accounts.requests.cancel')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-bold">{t('accounts.list')}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="p-2">
                {t('accounts.email')}
              </th>
              <th scope="col" className="p-2">
                {t('accounts.role')}
              </th>
              <th scope="col" className="p-2">
                {t('accounts.state')}
              </th>
              <th scope="col" className="p-2">
                {t('accounts.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => {
              const locked = a.locked
              const act = changeAccount.bind(null, lng, a.id)
              const self = a.id === admin.id
              return (
                <tr key={a.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="p-2 font-normal break-all">
                    {a.email}
                  </th>
                  <td className="p-2">{t(`roles.${a.role}`)}</td>
                  <td className="p-2">
                    {[
                      a.disabledAt ? t('accounts.disabled') : null,
                      locked ? t('accounts.locked') : null,
                      a.hasPassword ? null : t('accounts.no_password'),
                      a.totpEnabled ? t('accounts.totp') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || t('accounts.active')}
                  </td>
                  <td className="p-2">
                    {!self && (
                      <form action={act} className="mb-2 flex flex-wrap gap-2">
                        <label htmlFor={`role-${a.id}`} className="sr-only">
                          {t('accounts.role_of', { email: a.email })}
                        </label>
                        <select
                          id={`role-${a.id}`}
                          name="role"
                          defaultValue={a.role}
                          className="min-h-11 rounded border-2 border-gray-700 px-2"
                        >
                          {roles.map((r) => (
                            <option key={r} value={r}>
                              {roleLabels[r]}
                            </option>
                          ))}
                        </select>
                        <button type="submit" name="op" value="role" className={small}>
                          {t('accounts.change_role')}
                        </button>
                        <button type="submit" name="op" value={a.disabledAt ? 'enable' : 'disable'} className={small}>
                          {a.disabledAt ? t('accounts.enable') : t('accounts.disable')}
                        </button>
                      </form>
                    )}
                    {locked && (
                      <form action={act}>
                        <button type="submit" name="op" value="unlock" className={small}>
                          {t('accounts.unlock')}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
