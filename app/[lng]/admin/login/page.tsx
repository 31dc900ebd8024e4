import { getT } from '@/lib/i18n/server'

import { Field, Notice, Submit, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'
import { login } from './actions'

export default async function LoginPage({ params, searchParams }: PageProps<'/[lng]/admin/login'>) {
  const lng = await languageOf(params)
  const t = getT(lng, 'admin')
  const query = await searchParams
  const error = one(query.error)
  const done = one(query.done)
  return (
    <div className="max-w-md">
      <Title>{t('login.title')}</Title>
      {error && ['invalid', 'locked', 'throttled'].includes(error) && (
        <Notice kind="error">{t(`login.error.${error}`)}</Notice>
      )}
      {done && ['logged_out', 'logged_out_everywhere', 'password_set'].includes(done) && (
        <Notice kind="success">{t(`login.done.${done}`)}</Notice>
      )}
      <form action={login.bind(null, lng)}>
        <Field name="email" type="email" label={t('login.email')} autoComplete="username" required />
        <Field name="password" type="password" label={t('login.password')} autoComplete="current-password" required />
        <Field
          name="code"
          label={t('login.code')}
          hint={t('login.code_hint')}
          autoComplete="one-time-code"
          inputMode="numeric"
        />
        <Submit>{t('login.submit')}</Submit>
      </form>
    </div>
  )
}
