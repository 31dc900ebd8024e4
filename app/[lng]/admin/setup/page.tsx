import { minPasswordLength } from '@/lib/auth/password'
import { getT } from '@/lib/i18n/server'

import { Field, Notice, Submit, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { setPassword } from './actions'

// The token is in the URL. The site-wide Referrer-Policy (same-origin) already keeps it from other sites; a
// no-referrer policy here would make the form post "Origin: null", which Next refuses for a server action.

export default async function SetupPage({ params, searchParams }: PageProps<'/[lng]/admin/setup'>) {
  const lng = await languageOf(params)
  const t = getT(lng, 'admin')
  const query = await searchParams
  const error = one(query.error)
  return (
    <div className="max-w-md">
      <Title>{t('setup.title')}</Title>
      {error && ['passwords_differ', 'password_too_short', 'link_invalid'].includes(error) && (
        <Notice kind="error">{t(`setup.error.${error}`, { count: minPasswordLength })}</Notice>
      )}
      <form action={setPassword.bind(null, lng)}>
        <input type="hidden" name="token" value={one(query.token) ?? ''} />
        <Field
          name="password"
          type="password"
          label={t('setup.password')}
          autoComplete="new-password"
          hint={t('setup.password_hint', { count: minPasswordLength })}
          required
        />
        <Field name="confirm" type="password" label={t('setup.confirm')} autoComplete="new-password" required />
        <Submit>{t('setup.submit')}</Submit>
      </form>
    </div>
  )
}
