import { ErrorSummary } from '@/components/ui/error-summary'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { retentionMonths } from '@/lib/outcomes/retention'
import { readFlash } from '@/lib/questionnaire/draft-store'

import { startScreening } from './_questionnaire/actions'
import { AsOfField } from './_questionnaire/as-of-field'

export default async function StartPage({ params, searchParams }: PageProps<'/[lng]'>) {
  const lng = await languageOf(params)
  const t = getT(lng, 'questions')
  const { e } = await searchParams
  const flash = await readFlash('start', typeof e === 'string' ? e : undefined)
  const asOfError = flash?.errors.asOf ? t(`errors.${flash.errors.asOf}`) : undefined
  return (
    <>
      {asOfError && <ErrorSummary title={t('errorTitle')} errors={[{ field: 'asOf', text: asOfError }]} />}
      <h1 className="mb-4 text-3xl font-bold">{t('start.title')}</h1>
      <p className="mb-4 text-lg">{t('start.lead')}</p>
      <p className="mb-6 border-l-4 border-brand pl-3">{t('start.ended')}</p>
      <h2 className="mb-2 text-xl font-bold">{t('start.what')}</h2>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        {(t('start.points', { returnObjects: true }) as string[]).map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h2 className="mb-2 text-xl font-bold">{t('start.asked')}</h2>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        {(t('start.questions', { returnObjects: true }) as string[]).map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="mb-2">{t('start.privacy', { months: retentionMonths() })}</p>
      <p className="mb-6">
        <a href={`/${lng}/privacy`}>{t('start.privacyLink')}</a>
      </p>
      {/* data-device-start: with JavaScript, once offline use is ready, the browser runs the questionnaire itself. */}
      <form action={startScreening.bind(null, lng)} noValidate className="space-y-4" data-device-start>
        <AsOfField t={t} error={asOfError} value={flash?.values.asOf?.toString()} />
        <button type="submit" className="min-h-11 bg-green-800 px-6 text-xl font-bold text-white">
          {t('start.button')} →
        </button>
      </form>
    </>
  )
}
