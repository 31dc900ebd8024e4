import { mustEnrol, requireSignedIn } from '@/lib/auth'
import { requiresSecondFactor } from '@/lib/auth/second-factor'
import { newTotpSecret, pendingTotpSecret, sealPendingTotp, totpUri } from '@/lib/auth/totp'
import { getT } from '@/lib/i18n/server'

import { Field, Notice, Submit, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { logoutEverywhere } from '../session-actions'
import { disableTotp, enableTotp } from './actions'

const errors = ['code_wrong', 'password_wrong', 'required']

export default async function AccountPage({ params, searchParams }: PageProps<'/[lng]/admin/account'>) {
  const lng = await languageOf(params)
  const admin = await requireSignedIn(lng)
  const t = getT(lng, 'admin')
  const query = await searchParams
  const done = one(query.done)
  const error = one(query.error)
  // The secret being enrolled travels only sealed and bound to this account: a link cannot plant a secret.
  const secret = (await pendingTotpSecret(one(query.pending), admin.id)) ?? newTotpSecret()
  const sealed = await sealPendingTotp(secret, admin.id)
  const password = (
    <Field
      name="password"
      type="password"
      label={t('account.totp.password')}
      autoComplete="current-password"
      required
    />
  )
  return (
    <div className="max-w-xl">
      <Title>{t('account.title')}</Title>
      {mustEnrol(admin) && <Notice kind="error">{t('account.totp.must_enrol')}</Notice>}
      {error && errors.includes(error) && <Notice kind="error">{t(`account.error.${error}`)}</Notice>}
      {done && ['totp_enabled', 'totp_disabled'].includes(done) && (
        <Notice kind="success">{t(`account.done.${done}`)}</Notice>
      )}
      <p className="mb-6">{t('nav.signed_in_as', { email: admin.email, role: t(`roles.${admin.role}`) })}</p>

      <h2 className="mb-2 text-xl font-bold">{t('account.totp.title')}</h2>
      {admin.totpEnabled && requiresSecondFactor(admin.role) && <p className="mb-8">{t('account.totp.on_required')}</p>}
      {admin.totpEnabled && !requiresSecondFactor(admin.role) && (
        <form action={disableTotp.bind(null, lng)} className="mb-8">
          <p className="mb-2">{t('account.totp.on')}</p>
          {password}
          <Field name="code" label={t('login.code')} autoComplete="one-time-code" inputMode="numeric" required />
          <Submit variant="secondary">{t('account.totp.disable')}</Submit>
        </form>
      )}
      {!admin.totpEnabled && (
        <form action={enableTotp.bind(null, lng)} className="mb-8">
          <p className="mb-2">{t('account.totp.off')}</p>
          <p className="mb-1">{t('account.totp.secret')}</p>
          <p className="mb-1 font-mono text-lg break-all" data-testid="totp-secret">
            {secret}
          </p>
          <p className="mb-4 text-sm break-all text-gray-700">{totpUri(secret, admin.email)}</p>
          <input type="hidden" name="pending" value={sealed} />
          {password}
          <Field
            name="code"
            label={t('account.totp.confirm')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          <Submit>{t('account.totp.enable')}</Submit>
        </form>
      )}

      <h2 className="mb-2 text-xl font-bold">{t('account.everywhere.title')}</h2>
      <p className="mb-2">{t('account.everywhere.body')}</p>
      <form action={logoutEverywhere.bind(null, lng)}>
        <Submit variant="danger">{t('account.everywhere.submit')}</Submit>
      </form>
    </div>
  )
}
